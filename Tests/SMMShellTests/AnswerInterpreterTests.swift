import SMMCore
import SMMShell
import Testing

/// A free-text answer and the canonical text of the value it should give.
struct AnswerCase: Sendable, CustomTestStringConvertible {
  let answer: String
  let expected: String

  init(_ answer: String, _ expected: String) {
    self.answer = answer
    self.expected = expected
  }

  var testDescription: String { "\"\(answer)\" → \(expected)" }
}

private func check(_ field: ProfileField, _ testCase: AnswerCase) {
  let value = AnswerInterpreter.interpret(testCase.answer, for: field)
  #expect(value?.field == field, "\(testCase.answer)")
  #expect(value?.canonicalText == testCase.expected, "\(testCase.answer)")
}

struct AnswerInterpreterTests {
  static let marketCases: [AnswerCase] = [
    AnswerCase("b2b", "b2b"),
    AnswerCase("We sell to other companies", "b2b"),
    AnswerCase("mostly other businesses", "b2b"),
    AnswerCase("we sell to buisnesses", "b2b"),
    AnswerCase("B2B, professionals only", "b2b"),
    AnswerCase("Nos clients sont des entreprises.", "b2b"),
    AnswerCase("aux professionnels", "b2b"),
    AnswerCase("entreprises", "b2b"),
    AnswerCase("Consumers", "b2c"),
    AnswerCase("individuals and families", "b2c"),
    AnswerCase("the general public", "b2c"),
    AnswerCase("des particuliers", "b2c"),
    AnswerCase("grand public", "b2c"),
    AnswerCase("consomateurs", "b2c"),
    AnswerCase("We're a small business selling to local people", "b2c"),
    AnswerCase("both", "both"),
    AnswerCase("les deux", "both"),
    AnswerCase("both businesses and consumers", "both"),
    AnswerCase("B2B and B2C", "both"),
    AnswerCase("des particuliers et des professionnels", "both"),
    AnswerCase("not only businesses but also consumers", "both"),
    AnswerCase("we don't sell to consumers, only to companies", "b2b"),
    AnswerCase("on ne vend pas aux particuliers mais aux entreprises", "b2b"),
    AnswerCase("B to B", "b2b"),
    AnswerCase("pas que des particuliers, aussi des pros", "both"),
    AnswerCase("we are a company that sells to people", "b2c"),
  ]

  @Test(arguments: marketCases) func market(_ testCase: AnswerCase) {
    check(.market, testCase)
  }

  static let agesCases: [AnswerCase] = [
    AnswerCase("18-24,25-34", "18-24,25-34"),
    AnswerCase("18 to 34", "18-24,25-34"),
    AnswerCase("de 18 à 34 ans", "18-24,25-34"),
    AnswerCase("entre 18 et 34 ans", "18-24,25-34"),
    AnswerCase("18–34", "18-24,25-34"),
    AnswerCase("teenagers", "13-17"),
    AnswerCase("les ados", "13-17"),
    AnswerCase("adolescents et étudiants", "13-17,18-24"),
    AnswerCase("students", "18-24"),
    AnswerCase("etudiants", "18-24"),
    AnswerCase("young adults", "18-24,25-34"),
    AnswerCase("jeunes adultes", "18-24,25-34"),
    AnswerCase("retraités", "65+"),
    AnswerCase("retraites", "65+"),
    AnswerCase("seniors", "55-64,65+"),
    AnswerCase("families", "25-34,35-44"),
    AnswerCase("des parents", "25-34,35-44"),
    AnswerCase("everyone", "18-24,25-34,35-44,45-54,55-64,65+"),
    AnswerCase("all ages", "18-24,25-34,35-44,45-54,55-64,65+"),
    AnswerCase("tout le monde", "18-24,25-34,35-44,45-54,55-64,65+"),
    AnswerCase("tous âges", "18-24,25-34,35-44,45-54,55-64,65+"),
    AnswerCase("people in their 30s and 40s", "25-34,35-44,45-54"),
    AnswerCase("adults 25 to 64 mostly", "25-34,35-44,45-54,55-64"),
    AnswerCase("everyone over 35", "35-44,45-54,55-64,65+"),
    AnswerCase("tout le monde de plus de 35 ans", "35-44,45-54,55-64,65+"),
    AnswerCase("surtout des adultes de 25 à 64 ans", "25-34,35-44,45-54,55-64"),
    AnswerCase("trentenaires et quadragénaires", "25-34,35-44,45-54"),
    AnswerCase("trentenaires", "25-34,35-44"),
    AnswerCase("under 25", "13-17,18-24"),
    AnswerCase("moins de 25 ans", "13-17,18-24"),
    AnswerCase("over 50", "45-54,55-64,65+"),
    AnswerCase("plus de 50 ans", "45-54,55-64,65+"),
    AnswerCase("50+", "45-54,55-64,65+"),
    AnswerCase("65 and over", "65+"),
    AnswerCase("around 30", "25-34"),
    AnswerCase("20 to 25", "18-24"),
    AnswerCase("teenagrs and young adluts", "13-17,18-24,25-34"),
    AnswerCase("18+", "18-24,25-34,35-44,45-54,55-64,65+"),
    AnswerCase("de 25 à 45 ans", "25-34,35-44"),
    AnswerCase("la trentaine", "25-34,35-44"),
    AnswerCase("under 18s", "13-17"),
    AnswerCase("mostly women aged 35 to 55", "35-44,45-54"),
  ]

  @Test(arguments: agesCases) func ages(_ testCase: AnswerCase) {
    check(.ages, testCase)
  }

  @Test func ageBandsByOverlap() {
    #expect(
      AnswerInterpreter.ageBands(overlapping: 18...34) == [.youngAdults, .twentyFiveToThirtyFour])
    #expect(
      AnswerInterpreter.ageBands(overlapping: 30...39) == [
        .twentyFiveToThirtyFour, .thirtyFiveToFortyFour,
      ])
    #expect(AnswerInterpreter.ageBands(overlapping: 25...35) == [.twentyFiveToThirtyFour])
    #expect(AnswerInterpreter.ageBands(overlapping: 0...19) == [.teens])
    #expect(AnswerInterpreter.ageBands(overlapping: 0...10) == [])
    #expect(
      AnswerInterpreter.ageBands(overlapping: 60...120) == [.fiftyFiveToSixtyFour, .sixtyFivePlus])
  }

  static let goalsCases: [AnswerCase] = [
    AnswerCase("sales", "sales"),
    AnswerCase("to be known", "awareness"),
    AnswerCase("more visibility", "awareness"),
    AnswerCase("more bookings and people knowing about us", "awareness,bookings"),
    AnswerCase("que les gens entendent parler de nous", "awareness"),
    AnswerCase("gagner en notoriété", "awareness"),
    AnswerCase("se faire connaitre", "awareness"),
    AnswerCase("brand awarness", "awareness"),
    AnswerCase("more website visits", "traffic"),
    AnswerCase("du trafic vers le site", "traffic"),
    AnswerCase("visites sur le site", "traffic"),
    AnswerCase("get leads and quote requests", "leads"),
    AnswerCase("des demandes de devis", "leads"),
    AnswerCase("sell more", "sales"),
    AnswerCase("more customers in the shop", "sales"),
    AnswerCase("augmenter les ventes", "sales"),
    AnswerCase("plus de clients en boutique", "sales,visits"),
    AnswerCase("we need to hire cooks", "recruitment"),
    AnswerCase("recruter des apprentis", "recruitment"),
    AnswerCase("answer customers' questions", "customer-care"),
    AnswerCase("SAV et service client", "customer-care"),
    AnswerCase("build a community of fans", "community"),
    AnswerCase("fidéliser nos clients", "community"),
    AnswerCase("our reputation and trust", "reputation"),
    AnswerCase("notre e-réputation", "reputation"),
    AnswerCase("visibility, sales and recruiting", "awareness,sales,recruitment"),
    AnswerCase(
      "Se faire connaître, vendre plus et recruter", "awareness,sales,recruitment"),
    AnswerCase("reputaton and comunity", "community,reputation"),
    AnswerCase("I want people to know us and to get more bookings", "awareness,bookings"),
    AnswerCase("pas mal de visibilite", "awareness"),
  ]

  @Test(arguments: goalsCases) func goals(_ testCase: AnswerCase) {
    check(.goals, testCase)
  }

  static let hoursCases: [AnswerCase] = [
    AnswerCase("4", "4"),
    AnswerCase("about 4 hours a week", "4"),
    AnswerCase("4h", "4"),
    AnswerCase("2.5", "2.5"),
    AnswerCase("2,5 heures", "2.5"),
    AnswerCase("half a day a week", "4"),
    AnswerCase("une demi-journée", "4"),
    AnswerCase("une demi journee par semaine", "4"),
    AnswerCase("a day a week", "8"),
    AnswerCase("une journée par semaine", "8"),
    AnswerCase("30 minutes a day", "3.5"),
    AnswerCase("30 min par jour", "3.5"),
    AnswerCase("an hour a day", "7"),
    AnswerCase("une heure par jour", "7"),
    AnswerCase("two hours per month", "0.5"),
    AnswerCase("deux heures par mois", "0.5"),
    AnswerCase("three hours", "3"),
    AnswerCase("dix heures par semaine", "10"),
    AnswerCase("1h30 par semaine", "1.5"),
    AnswerCase("deux heures et demie", "2.5"),
    AnswerCase("two and a half hours", "2.5"),
    AnswerCase("2 to 3 hours", "2.5"),
    AnswerCase("3-4h", "3.5"),
    AnswerCase("a couple of hours a week", "2"),
    AnswerCase("maybe 5", "5"),
    AnswerCase("environ 6 par semaine", "6"),
    AnswerCase("an hour a day, 5 days a week", "5"),
    AnswerCase("2 days a week", "16"),
    AnswerCase("about 4 hours every two weeks", "2"),
    AnswerCase("4 hours a wk", "4"),
    AnswerCase("15 minutes a day", "2"),
    AnswerCase("une heure par jour en semaine", "5"),
    AnswerCase("un après-midi par semaine", "4"),
    AnswerCase("20 hours per month", "4.5"),
    AnswerCase("1 or 2 hours a week", "1.5"),
    AnswerCase("we can spend 3", "3"),
  ]

  @Test(arguments: hoursCases) func hours(_ testCase: AnswerCase) {
    check(.hours, testCase)
  }

  static let formatsCases: [AnswerCase] = [
    AnswerCase("image", "image"),
    AnswerCase("Instagram photos and some reels", "image,short-video"),
    AnswerCase("des photos et des vidéos courtes", "image,short-video"),
    AnswerCase("des photos et des videos courtes", "image,short-video"),
    AnswerCase("pictures", "image"),
    AnswerCase("stories and TikToks", "short-video"),
    AnswerCase("videos", "short-video"),
    AnswerCase("vidoes and photoes", "image,short-video"),
    AnswerCase("YouTube videos and tutorials", "long-video"),
    AnswerCase("reels and long videos", "short-video,long-video"),
    AnswerCase("des tutos en vidéo", "long-video"),
    AnswerCase("blog posts and newsletters", "long-form"),
    AnswerCase("articles de blog et livres blancs", "long-form"),
    AnswerCase("tweets and threads", "text"),
    AnswerCase("des textes", "text"),
    AnswerCase("LinkedIn posts and webinars", "text,live"),
    AnswerCase("des lives", "live"),
    AnswerCase("un podcast", "audio"),
    AnswerCase("podcats", "audio"),
    AnswerCase("visuels, vidéos longues et directs", "image,long-video,live"),
  ]

  @Test(arguments: formatsCases) func formats(_ testCase: AnswerCase) {
    check(.formats, testCase)
  }

  static let reachCases: [AnswerCase] = [
    AnswerCase("local", "local"),
    AnswerCase("in our town", "local"),
    AnswerCase("our neighbourhood", "local"),
    AnswerCase("dans notre ville", "local"),
    AnswerCase("le quartier", "local"),
    AnswerCase("régional", "local"),
    AnswerCase("regional", "local"),
    AnswerCase("national", "national"),
    AnswerCase("across the country", "national"),
    AnswerCase("nationwide", "national"),
    AnswerCase("dans toute la France", "national"),
    AnswerCase("France entière", "national"),
    AnswerCase("nationnal", "national"),
    AnswerCase("international", "international"),
    AnswerCase("worldwide", "international"),
    AnswerCase("we ship abroad", "international"),
    AnswerCase("à l'international", "international"),
    AnswerCase("dans le monde entier", "international"),
    AnswerCase("local and national", "national"),
    AnswerCase("en France et à l'étranger", "international"),
    AnswerCase("Paris et sa région", "local"),
    AnswerCase("just Leeds and the surrounding area really", "local"),
    AnswerCase("Annecy et ses environs", "local"),
    AnswerCase("in Europe", "international"),
  ]

  @Test(arguments: reachCases) func reach(_ testCase: AnswerCase) {
    check(.reach, testCase)
  }

  static let languagesCases: [AnswerCase] = [
    AnswerCase("en, fr", "en,fr"),
    AnswerCase("English", "en"),
    AnswerCase("English and French", "en,fr"),
    AnswerCase("anglais et français", "en,fr"),
    AnswerCase("francais", "fr"),
    AnswerCase("en français et en anglais", "fr,en"),
    AnswerCase("EN / FR", "en,fr"),
    AnswerCase("en et fr", "en,fr"),
    AnswerCase("Spanish, German and Italian", "es,de,it"),
    AnswerCase("espagnol, allemand, italien", "es,de,it"),
    AnswerCase("portugais et néerlandais", "pt,nl"),
    AnswerCase("neerlandais", "nl"),
    AnswerCase("Arabic, Chinese, Japanese", "ar,zh,ja"),
    AnswerCase("arabe, chinois et japonais", "ar,zh,ja"),
    AnswerCase("englsh and frnch", "en,fr"),
    AnswerCase("we speak english, of course", "en"),
    AnswerCase("Deutsch", "de"),
    AnswerCase("German or English, not Spanish", "de,en"),
    AnswerCase("en, et, fr", "en,et,fr"),
  ]

  @Test(arguments: languagesCases) func languages(_ testCase: AnswerCase) {
    check(.languages, testCase)
  }

  static let countriesCases: [AnswerCase] = [
    AnswerCase("FR,CH", "FR,CH"),
    AnswerCase("France", "FR"),
    AnswerCase("Leeds", "GB"),
    AnswerCase("we're in Leeds", "GB"),
    AnswerCase("Bristol", "GB"),
    AnswerCase("just Bristol really", "GB"),
    AnswerCase("UK", "GB"),
    AnswerCase("the UK", "GB"),
    AnswerCase("in France and Switzerland", "FR,CH"),
    AnswerCase("en Belgique et en France", "BE,FR"),
    AnswerCase("en France", "FR"),
    AnswerCase("à Pézenas, dans l'Hérault", "FR"),
    AnswerCase("surtout en Suisse romande, un peu en France", "CH,FR"),
    AnswerCase("FR and CH", "FR,CH"),
    AnswerCase("USA", "US"),
    AnswerCase("the United States and Canada", "US,CA"),
    AnswerCase("Royaume-Uni", "GB"),
    AnswerCase("Genève et Lausanne", "CH"),
  ]

  @Test(arguments: countriesCases) func countries(_ testCase: AnswerCase) {
    check(.countries, testCase)
  }

  static let goalsNewCases: [AnswerCase] = [
    AnswerCase("get more people to book classes", "bookings"),
    AnswerCase("plus de fréquentation", "visits"),
    AnswerCase("more footfall and bookings", "visits,bookings"),
    AnswerCase("des réservations", "bookings"),
    AnswerCase("que plus de gens réservent nos cours", "bookings"),
    AnswerCase("more people booking a class", "bookings"),
    AnswerCase("visits,bookings", "visits,bookings"),
  ]

  @Test(arguments: goalsNewCases) func visitsAndBookings(_ testCase: AnswerCase) {
    check(.goals, testCase)
  }

  /// Issue 15 §3: the people who can post and answer, in plain words.
  static let teamCases: [AnswerCase] = [
    AnswerCase("just me", "1"),
    AnswerCase("only me really", "1"),
    AnswerCase("seul", "1"),
    AnswerCase("je suis seule", "1"),
    AnswerCase("two of us", "2"),
    AnswerCase("just me and my partner", "2"),
    AnswerCase("just me and my sister", "2"),
    AnswerCase("moi et mon associé", "2"),
    AnswerCase("tous les deux", "2"),
    AnswerCase("nous sommes trois", "3"),
    AnswerCase("une équipe de cinq", "5"),
    AnswerCase("a team of 12", "12"),
    AnswerCase("4", "4"),
    AnswerCase("about 6 people", "6"),
  ]

  @Test(arguments: teamCases) func teamSize(_ testCase: AnswerCase) {
    check(.team, testCase)
  }

  @Test func aTeamThatIsNoNumberIsNotGuessed() {
    #expect(AnswerInterpreter.interpret("it depends on the week", for: .team) == nil)
    #expect(AnswerInterpreter.interpret("0", for: .team) == nil)
  }

  static let sectorCases: [AnswerCase] = [
    AnswerCase("artisan bakery", "artisan bakery"),
    AnswerCase("we are an artisan bakery", "artisan bakery"),
    AnswerCase(
      "we make analytics software for finance teams", "analytics software for finance teams"),
    AnswerCase("nous fabriquons des meubles en chêne", "des meubles en chêne"),
    AnswerCase("We're a hair salon.", "hair salon"),
    AnswerCase("we’re an accounting firm", "accounting firm"),
    AnswerCase("It's a bike repair shop", "bike repair shop"),
    AnswerCase("I run a yoga studio", "yoga studio"),
    AnswerCase("nous sommes une boulangerie artisanale", "boulangerie artisanale"),
    AnswerCase("Nous sommes un cabinet d'avocats.", "cabinet d'avocats"),
    AnswerCase("c'est une librairie", "librairie"),
    AnswerCase("C’est un restaurant", "restaurant"),
    AnswerCase("on est un garage", "garage"),
    AnswerCase("  Plomberie  ", "Plomberie"),
    AnswerCase("We're in the restaurant business", "restaurant business"),
    AnswerCase("Artisanal bakery!", "Artisanal bakery"),
  ]

  @Test(arguments: sectorCases) func sector(_ testCase: AnswerCase) {
    check(.sector, testCase)
  }

  static let namesCases: [AnswerCase] = [
    AnswerCase("Chez Paul", "Chez Paul"),
    AnswerCase("  Acme Inc. ", "Acme Inc."),
    AnswerCase("We're called Chez Paul.", "Chez Paul"),
    AnswerCase("our brand is \"Le Fournil\"", "Le Fournil"),
    AnswerCase("Notre marque s'appelle « Les Délices »", "Les Délices"),
    AnswerCase("on s'appelle Vélo Vert", "Vélo Vert"),
    AnswerCase("C'est Bon", "C'est Bon"),
    AnswerCase("ça s’appelle Atelier 12", "Atelier 12"),
  ]

  @Test(arguments: namesCases) func name(_ testCase: AnswerCase) {
    check(.name, testCase)
  }

  static let unreadable: [(ProfileField, String)] = [
    (.market, "banana"),
    (.market, "I don't know"),
    (.market, ""),
    (.ages, "kids"),
    (.ages, "blue"),
    (.goals, "asdf qwerty"),
    (.goals, "je ne sais pas"),
    (.hours, "0 hours"),
    (.hours, "0"),
    (.hours, "zero"),
    (.hours, "200 hours a week"),
    (.hours, "not much"),
    (.hours, "un peu"),
    (.hours, "a lot"),
    (.hours, "2 people and 3 dogs"),
    (.formats, "whatever"),
    (.formats, "rien"),
    (.reach, "the moon"),
    (.reach, "je ne sais pas"),
    (.languages, "klingon"),
    (.languages, "xx"),
    (.languages, "we speak"),
    (.countries, "the moon"),
    (.countries, "in our town"),
    (.countries, "XX"),
    (.sector, ""),
    (.sector, "   "),
    (.sector, String(repeating: "a", count: 121)),
    (.name, ""),
    (.name, "two\nlines"),
    (.name, String(repeating: "n", count: 81)),
  ]

  @Test(arguments: unreadable) func unreadableAnswersGiveNil(
    _ field: ProfileField, _ answer: String
  ) {
    #expect(AnswerInterpreter.interpret(answer, for: field) == nil)
  }

  @Test func canonicalFormWinsFirst() throws {
    #expect(AnswerInterpreter.interpret("goals", for: .name) == .name(try BrandName("goals")))
    #expect(
      AnswerInterpreter.interpret("sales,awareness", for: .goals) == .goals([.awareness, .sales]))
    #expect(AnswerInterpreter.interpret("fr en", for: .languages) == .languages(["fr", "en"]))
  }

  @Test func listsAreCanonicalAndUnique() {
    #expect(
      AnswerInterpreter.interpret("reels, photos, more reels, stories and photos", for: .formats)
        == .formats([.image, .shortVideo]))
    #expect(
      AnswerInterpreter.interpret("seniors, students, retirees", for: .ages)
        == .ages([.youngAdults, .fiftyFiveToSixtyFour, .sixtyFivePlus]))
  }

  @Test func negationIsRespected() {
    #expect(AnswerInterpreter.interpret("not local, national", for: .reach) == .reach(.national))
    #expect(
      AnswerInterpreter.interpret("pas de vidéos, seulement des photos", for: .formats)
        == .formats([.image]))
  }
}
