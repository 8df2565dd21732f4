extension FrenchCatalog {
  /// Ce que dit le domaine sur les contenus : ce qu'une adaptation a changé et pourquoi, ce qui
  /// explique un décompte, les groupes et conseils d'une règle de mix, les tons par défaut, le
  /// plan d'article.
  static let contentNotes: KeyValuePairs<String, String> = [
    "calendar.note.cut":
      "Les réseaux choisis demandent {needed} h par semaine et la marque en a {hours} : chaque rythme est ramené à {percent} %, au moins une publication par semaine",
    "calendar.note.noVariant":
      "{platform} : pas encore de déclinaison ; ses créneaux indiquent « à écrire » (/content adapt ID {id})",
    "calendar.note.repeat":
      "{slots} créneaux pour {messages|# message|# messages} : les déclinaisons se répètent ; ajoutez des messages pour varier le fil",
    "adapt.tidied": "espaces et lignes vides harmonisés",
    "adapt.linkInBio":
      "{count|lien déplacé|# liens déplacés} vers le profil : les liens ne sont pas cliquables dans les publications {platform}, le texte renvoie donc au « lien en bio » — {source}",
    "adapt.linkField":
      "lien déplacé dans le champ lien de l'épingle ({url}) : les liens ne sont pas cliquables dans les descriptions {platform} — {source}",
    "adapt.urlWeight.one": "l'URL compte pour {weight}, quelle que soit sa longueur — {source}",
    "adapt.urlWeight.many":
      "les {count} URL comptent chacune pour {weight}, quelle que soit leur longueur — {source}",
    "adapt.hashtagCap":
      "hashtags ramenés de {from} à {to}, le maximum autorisé sur {platform} — {source}",
    "adapt.hashtagAdvice":
      "hashtags ramenés de {from} à {to} : {low} à {high}, c'est ce que l'on conseille sur {platform} — {source}",
    "adapt.hashtagsEnd":
      "hashtags regroupés à la fin, là où les lecteurs de LinkedIn les attendent",
    "adapt.thread":
      "découpé en un fil de {count} parties numérotées : le texte fait {length}/{limit} {unit} sur {platform}, et chaque partie tient dans la limite",
    "adapt.shortened":
      "raccourci de {from} à {to} {unit} (limite de {limit} sur {platform}), {how}",
    "adapt.noLimit": "{length} {unit} ; {platform} ne fixe pas de limite",
    "adapt.fits": "dans la limite : {length}/{limit} {unit}",
    "adapt.exclamations":
      "points d'exclamation répétés réduits : le registre attendu sur {platform} est {tone}",
    "adapt.shouting":
      "remarque : la plupart des mots sont en majuscules, ce qui se lit comme un cri sur {platform} ({tone}) ; laissé tel quel",
    "adapt.titleShortened": "titre raccourci pour tenir en {limit} {unit} — {source}",
    "adapt.titleFirst": "titre tiré de la première phrase ; le message sert de {field}",
    "adapt.removed": "« {character} » supprimé : {platform} le refuse dans ce champ ({field})",
    "adapt.fieldShortened": "texte raccourci de {from} à {to} {unit} ({field}), {how}",
    "adapt.noHashtags":
      "hashtags retirés : un article se trouve par la recherche, pas par les hashtags",
    "adapt.outline":
      "transformé en plan d'article : un titre, les points à développer, une conclusion ; rédigez l'article à partir de ce plan",
    "adapt.byHand": "rédigé à la main",
    "cut.sentence": "coupé en fin de phrase",
    "cut.word": "coupé entre deux mots",
    "cut.character": "coupé entre deux caractères",
    "field.post": "publication",
    "field.caption": "légende",
    "field.description": "description",
    "field.title": "titre",
    "field.message": "message",
    "field.article": "article",

    "post.linkInBio": "(lien en bio)",
    "outline.introduction": "Introduction",
    "outline.takeAway": "Ce que {brand} veut que le lecteur retienne : {title}",
    "outline.develop": "À développer",
    "outline.explain": "Expliquer le pourquoi et le comment, avec un exemple tiré de la marque {brand}.",
    "outline.tip": "Donner un conseil pratique, applicable dès aujourd'hui.",
    "outline.points": "Points à développer",
    "outline.pillars": "Piliers",
    "outline.conclusion": "Conclusion",
    "outline.callToAction": "Un appel à l'action, et des liens vers les publications associées.",

    "counter.url": "{count} {count|URL comptée|URL comptées} pour {weight}{count|| chacune}",
    "counter.emoji": "{count} {count|emoji compté|emoji comptés} pour 2{count|| chacun}",
    "counter.emojiBytes":
      "{count} {count|emoji compté|emoji comptés} selon {count|son|leur} poids en octets UTF-8 ({bytes} au total)",
    "counter.refuses": "{platform} refuse {codes}",
    "counter.refusesIn": "{platform} refuse {characters} dans ce champ ({field})",
    "counter.quoted": "« {character} »",
    "counter.and": "{a} et {b}",
    "counter.over": "dépasse de {over} la limite de {limit} ({unit})",
    "counter.overSecondary":
      "{length} {units} : dépasse de {over} la limite de {limit} de {platform} ({unit})",
    "counter.unit.character": "caractères",
    "counter.unit.byte": "octets",
    "counter.unit.weighted": "caractères pondérés",
    "counter.hashtagCap":
      "{count|# hashtag|# hashtags} : {platform} en autorise {cap} au maximum",
    "counter.hashtagAdvice":
      "{count|# hashtag|# hashtags} : les guides en conseillent {low} à {high} sur {platform}",
    "counter.mentionCap":
      "{count|# @mention|# @mentions} : {platform} en autorise {cap} au maximum",
    "counter.linkCap": "{count|# lien|# liens} : {platform} en accepte {cap} au maximum",
    "counter.linksInBio":
      "les liens ne sont pas cliquables sur {platform} ({field}) : mettez le lien dans la bio",
    "counter.linkField":
      "les liens ne sont pas cliquables sur {platform} ({field}) : utilisez le champ lien (jusqu'à {limit} caractères)",
    "counter.mention": "{written} compté comme {user}",

    "mix.create": "créer (marque, pédagogie)",
    "mix.curate": "relayer",
    "mix.converse": "converser",
    "mix.inform": "informer, éduquer, divertir",
    "mix.promote": "promouvoir",
    "mix.curated": "contenus relayés",
    "mix.own": "contenus propres (pédagogie, marque)",
    "mix.personal": "échanges personnels",
    "mix.original": "contenus originaux (pédagogie, conversation)",
    "mix.promotional": "promotion",
    "mix.brandCentred":
      "{share} % des messages parlent de la marque elle-même ; la règle {rule} en autorise {allowed} % : une communication à sens unique, centrée sur la marque",
    "mix.more": "davantage de messages « {group} » ({target} % visés, {now} % aujourd'hui)",
    "mix.bestChange": "Le changement le plus utile : {change}",

    "tone.professional": "professionnel",
    "tone.conversational": "conversationnel",
    "tone.friendly": "convivial",
    "tone.warmVisual": "chaleureux et visuel",
    "tone.playful": "ludique",
    "tone.explanatory": "pédagogique",
    "tone.candid": "franc, la communauté d'abord",
    "tone.personal": "personnel",
    "tone.expert": "expert",
  ]
}
