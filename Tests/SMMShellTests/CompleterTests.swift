import SMMCore
import SMMShell
import Testing

struct CompleterTests {
  let completer = Completer(
    brandNames: { ["acme", "Acme Bakery", "beta", "Chez Paul"] },
    listFolder: { path in
      switch path {
      case "/w/.": return [("onboarding.smm", false), ("notes", true), (".hidden", false)]
      case "/w/notes/": return [("one.smm", false)]
      default: return nil
      }
    },
    resolve: { "/w/" + $0 })

  func replacements(_ line: String) -> [String] {
    completer.complete(line).candidates.map(\.replacement)
  }

  @Test func completesCommandNames() {
    #expect(replacements("/bra") == ["/brand", "/brands"])
    #expect(replacements("/his") == ["/history"])
    #expect(replacements("/re") == ["/redo", "/rename", "/repair", "/reply"])
    #expect(replacements("/").count == CommandRegistry.allNames.count)
    #expect(replacements("hello").isEmpty)
  }

  @Test func completesBrandNamesQuotedWhenNeeded() {
    #expect(replacements("/use be") == ["beta"])
    #expect(replacements("/use acme") == ["\"Acme Bakery\"", "acme"])
    #expect(replacements("/use Ch") == ["\"Chez Paul\""])
    #expect(replacements("/use \"Chez P") == ["\"Chez Paul\""])
    #expect(replacements("/delete ") == ["\"Acme Bakery\"", "\"Chez Paul\"", "acme", "beta"])
  }

  @Test func completesSeveralWordsOfARestArgument() {
    let completion = completer.complete("/use Chez P")
    #expect(completion.word == "Chez P")
    #expect(completion.candidates.map(\.replacement) == ["\"Chez Paul\""])
  }

  @Test func completesTheBrandsItemsByName() {
    var completer = self.completer
    completer.communityNames = { ["Leeds runners", "Leeds parents"] }
    completer.brandItems = { item in
      switch item {
      case .risk: return ["food poisoning reported", "false rumour"]
      case .pillar: return ["how we work", "our clients"]
      case .crisisRole: return ["spokesperson", "legal"]
      }
    }
    func replacements(_ line: String) -> [String] {
      completer.complete(line).candidates.map(\.replacement)
    }
    #expect(replacements("/crisis risk remove fo") == ["\"food poisoning reported\""])
    #expect(replacements("/crisis playbook f").count == 2)
    #expect(replacements("/crisis drill food po") == ["\"food poisoning reported\""])
    #expect(replacements("/crisis statement fa") == ["\"false rumour\""])
    #expect(replacements("/content pillars remove our") == ["\"our clients\""])
    #expect(replacements("/crisis team sp") == ["spokesperson"])
    // The words of a rest argument are one name, a community's too.
    #expect(replacements("/community remove Leeds r") == ["\"Leeds runners\""])
    // Apostrophes inside words are letters while a name is typed.
    completer.brandNames = { ["Lac d'Annecy Tourisme"] }
    #expect(replacements("/use Lac d'An") == ["\"Lac d'Annecy Tourisme\""])
  }

  @Test func completesEnumsOfOptions() {
    #expect(replacements("/crisis risk add food poisoning --type rum") == ["rumor"])
    #expect(
      replacements("/crisis risk add x --type technical-product-harm --likelihood ") == [
        "1", "2", "3", "4", "5",
      ])
    #expect(replacements("/reply x --platform inst") == ["instagram"])
  }

  @Test func completesOptionsAndCommandTopics() {
    #expect(replacements("/delete acme --y") == ["--yes"])
    #expect(replacements("/help ren") == ["rename"])
    #expect(replacements("/help /ren") == ["rename"])
    #expect(replacements("/new ").isEmpty)
    #expect(replacements("/quit ").isEmpty)
  }

  @Test func completesPathsWithFoldersLeftOpen() {
    let completion = completer.complete("/run ")
    #expect(completion.candidates.map(\.replacement) == ["notes/", "onboarding.smm"])
    #expect(completion.candidates.map(\.isFinal) == [false, true])
    #expect(replacements("/save notes/o") == ["notes/one.smm"])
    #expect(replacements("/run .h") == [".hidden"])
  }

  @Test func commonPrefixOfCandidates() {
    #expect(completer.complete("/re").commonPrefix == "/re")
    #expect(completer.complete("/u").commonPrefix == "/u")
  }
}

struct StepOneCompletionTests {
  let completer = Completer(brandNames: { [] }, listFolder: { _ in nil }, resolve: { $0 })

  func replacements(_ line: String) -> [String] {
    completer.complete(line).candidates.map(\.replacement)
  }

  @Test func completesProfileFieldsAndTheirValues() {
    #expect(replacements("/brand ") == ["set"])
    #expect(replacements("/brand set ma") == ["market"])
    #expect(replacements("/brand set market ") == ["b2b", "b2c", "both"])
    #expect(replacements("/brand set ages 18-24,2") == ["18-24,25-34"])
    #expect(!replacements("/brand set ages 18-24,").contains("18-24,18-24"))
    #expect(replacements("/brand set goals cust") == ["customer-care"])
    #expect(replacements("/brand set hours ").isEmpty)
  }

  @Test func completesPlatformsAndTheirProfileFields() {
    #expect(replacements("/spaces ") == ["choose", "drop", "recommend", "why"])
    #expect(replacements("/spaces why ins") == ["instagram"])
    #expect(replacements("/spaces choose instagram lin") == ["linkedin"])
    #expect(replacements("/profile ch") == ["check"])
    #expect(replacements("/profile x set b") == ["banner", "bio"])
    #expect(replacements("/platforms blu") == ["bluesky"])
  }
}
