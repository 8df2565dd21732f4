import SMMCore
import Testing

struct BrandStateTests {
  @Test func foldAppliesChangesInOrder() throws {
    let state = try BrandState.fold([
      .create(try BrandName("acme")), .rename(try BrandName("Acme Bakery")),
      .rename(try BrandName("Le Fournil")),
    ])
    #expect(state.name.value == "Le Fournil")
  }

  @Test func aLogMustStartWithTheCreation() throws {
    #expect(throws: SMMCoreError.logMustStartWithCreation) {
      try BrandState.fold([.rename(try BrandName("x"))])
    }
    #expect(throws: SMMCoreError.logMustStartWithCreation) {
      try BrandState.fold([BrandChange]())
    }
  }

  @Test func aBrandIsCreatedOnce() throws {
    #expect(throws: SMMCoreError.brandAlreadyCreated) {
      try BrandState.fold([.create(try BrandName("a")), .create(try BrandName("b"))])
    }
  }

  @Test func applyingDoesNotChangeTheOriginal() throws {
    let original = BrandState(name: try BrandName("acme"))
    let renamed = try original.applying(.rename(try BrandName("beta")))
    #expect(original.name.value == "acme")
    #expect(renamed.name.value == "beta")
  }
}
