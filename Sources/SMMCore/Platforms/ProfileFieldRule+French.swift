extension ProfileFieldRule {
  /// The field's name as shown to the user in `language`: the platform's own English name, or
  /// the name the platform's French interface uses.
  public func label(in language: Language) -> String {
    language == .fr ? Self.frenchLabels[label] ?? label : label
  }

  /// The platforms' field names in their French interfaces.
  static let frenchLabels: [String: String] = [
    "Avatar": "Avatar",
    "Logo / site icon": "Logo / icône du site",
    "Logo": "Logo",
    "Profile photo": "Photo de profil",
    "Profile picture": "Photo de profil",
    "Banner image": "Image de bannière",
    "Banner": "Bannière",
    "Cover image": "Image de couverture",
    "Cover photo": "Photo de couverture",
    "Header image": "Image d'en-tête",
    "Header photo": "Photo d'en-tête",
    "Header": "En-tête",
    "Profile cover": "Couverture du profil",
    "About": "À propos",
    "Bio": "Bio",
    "Description": "Description",
    "Tagline": "Slogan",
    "Business name": "Nom de l'entreprise",
    "Channel name": "Nom de la chaîne",
    "Company name": "Nom de l'entreprise",
    "Display name": "Nom affiché",
    "Name": "Nom",
    "Page name": "Nom de la Page",
    "Site title": "Titre du site",
    "Handle (a domain name)": "Identifiant (un nom de domaine)",
    "Handle": "Identifiant",
    "Public page URL": "URL publique de la page",
    "Username (the Instagram username)": "Nom d'utilisateur (celui d'Instagram)",
    "Username": "Nom d'utilisateur",
    "Extra fields (links verified with rel=\"me\")":
      "Champs supplémentaires (liens vérifiés avec rel=\"me\")",
    "Link": "Lien",
    "Links": "Liens",
    "Social links": "Liens vers les réseaux sociaux",
    "Website": "Site web",
    "Channel trailer": "Bande-annonce de la chaîne",
    "Featured post": "Article à la une",
    "Pinned post": "Publication épinglée",
    "Pinned posts": "Publications épinglées",
    "Pinned videos": "Vidéos épinglées",
  ]
}
