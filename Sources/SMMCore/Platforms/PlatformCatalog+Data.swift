// The platform catalog as data: one entry per platform, every figure with its source.
//
// Conventions:
// - Facts taken from `reference/domain.md` carry `checked: "2026-11-20"` (the day it was
//   compiled); facts looked up afterwards carry the day they were looked up.
// - `Effort.source` is the source of the cadence (posts per week) only. `hoursPerWeek` is
//   everywhere smm's own estimate of the time to create, post and answer at that cadence.
// - Reasons that rest on judgement alone cite `Source.editorial` and start with
//   "smm's judgement:" (in French, "jugement de smm :").
// - Every sentence shown to the user (summary, audience statement, reason, post note) is written
//   in English, the source of truth, then in French (`french:`, `frenchSummary:`,
//   `frenchNote:`): the same figures and hedges, numbers written the French way ("80 %",
//   "2 048", "3,5"). Source citations and short names are references: never translated.
// - Audience percentages are the share of US adults who ever use the platform unless the
//   statement says otherwise (TikTok daily use).

// MARK: - Sources

extension Source {
  // Audience surveys.

  static let pew2025 = Source(
    short: "Pew 2025",
    citation: "Pew Research Center, \"Americans' Social Media Use 2025\", survey of 5,022 US "
      + "adults, 5 Feb–18 Jun 2025, pewresearch.org/internet/2025/11/20/"
      + "americans-social-media-use-2025/ (figures as reported by mediapost.com, rab.com and "
      + "others; the full 2025 table by age was not found)",
    kind: .research, checked: "2026-11-20")

  static let pew2023 = Source(
    short: "Pew 2023",
    citation: "Pew Research Center, \"Americans' Social Media Use\", survey of 5,733 US adults, "
      + "19 May–5 Sep 2023, published 31 Jan 2024, pewresearch.org/internet/2024/01/31/"
      + "americans-social-media-use/ (figures as reported by sinfa.org, hindustantimes.com and "
      + "deseret.com)",
    kind: .research, checked: "2026-11-20")

  static let pew2021 = Source(
    short: "Pew 2021",
    citation: "Pew Research Center, \"Social Media Use in 2021\", survey of 1,502 US adults, "
      + "25 Jan–8 Feb 2021, pewresearch.org/internet/2021/04/07/social-media-use-in-2021/ "
      + "(figures as reported by marketingprofs.com, 2021)",
    kind: .research, checked: "2026-11-20")

  static let pew2015 = Source(
    short: "Pew 2015",
    citation: "Pew Research Center, \"The Demographics of Social Media Users\", 19 Aug 2015, "
      + "legacy.pewresearch.org (LinkedIn is \"the only major social media platform for which "
      + "usage rates are higher among 30- to 49-year-olds than among 18- to 29-year-olds\")",
    kind: .research, checked: "2026-11-20")

  // B2B and B2C.

  static let itsma2015 = Source(
    short: "ITSMA 2015",
    citation: "ITSMA, as published by LinkedIn (2015): 82% of social-media visits to B2B "
      + "company websites came from LinkedIn; secondary, as reported by smprotips.com",
    kind: .thirdParty, checked: "2026-11-20")

  static let cmi2015 = Source(
    short: "CMI 2015",
    citation: "Content Marketing Institute / MarketingProfs, B2B Content Marketing 2015 "
      + "Benchmarks: 63% of B2B marketers rated LinkedIn effective or very effective, the "
      + "highest of the platforms; secondary, as reported by answers.salesforce.com",
    kind: .thirdParty, checked: "2026-11-20")

  static let adchief2016 = Source(
    short: "adchief 2016",
    citation: "adchief.io (2016; the underlying survey is not named): top network for "
      + "attracting prospects, B2B: LinkedIn 40%, Facebook 37%, Twitter 15%; B2C: Facebook "
      + "66%, Twitter 11%, LinkedIn 7%",
    kind: .thirdParty, checked: "2026-11-20")

  static let solis2009 = Source(
    short: "Solis 2009",
    citation: "2009 benchmarking published on briansolis.com: B2B companies more active than "
      + "B2C on every channel, e.g. Twitter 75% vs 49%",
    kind: .thirdParty, checked: "2026-11-20")

  // Community management.

  static let lithium2013 = Source(
    short: "Lithium 2013",
    citation: "Lithium Technologies / Millward Brown Digital (2013), survey of 501 active "
      + "Twitter users who interact with brands: 53% expect a reply within 1 hour, 72% when "
      + "they complain; as reported by clickz.com",
    kind: .thirdParty, checked: "2026-11-20")

  static let sprout2013 = Source(
    short: "Sprout Index 2013",
    citation: "Sprout Social Index (2013): brands receive about 60 messages per 1,000 Twitter "
      + "followers and 39 per 1,000 Facebook fans a month; as reported by prnewswire.com and "
      + "corporate-eye.com",
    kind: .thirdParty, checked: "2026-11-20")

  // Cadence and blogging (looked up for the catalog).

  static let hootsuite2023 = Source(
    short: "Hootsuite 2023",
    citation: "Hootsuite blog, \"How often to post on social media in 2023\" (research plus a "
      + "poll of Hootsuite's social team): Instagram 3–7 posts a week (citing Adam Mosseri, "
      + "Instagram Creator Week, June 2021: 2 feed posts a week and 2 stories a day), "
      + "Facebook 1–2 a day, Twitter 1–5 a day, LinkedIn 1–5 a day; read in a republished "
      + "copy at tmp.4pmtech.com/"
      + "kak-chasto-publikovat-soobshheniya-v-soczialnyh-setyah-v-2023-godu",
    kind: .thirdParty, checked: "2026-11-26")

  static let hubspotSocial = Source(
    short: "HubSpot",
    citation: "HubSpot blog, Daria Marmer, \"How Frequently Should I Publish on Social Media? "
      + "A HubSpot Experiment\" (about 10,000 accounts per network; 15,000 LinkedIn company "
      + "Page posts, 25,000 Facebook Page posts, 60,000 tweets): LinkedIn company Pages do "
      + "best at 2–5 posts a week; Facebook Pages see diminishing returns above 5 posts a "
      + "week or more than one a day; on Twitter, the more posts, the more clicks; read in "
      + "copies at social-networks0098.blogspot.com/2021/06 and christineltaylor.com",
    kind: .thirdParty, checked: "2026-11-26")

  static let hubspotBlogging = Source(
    short: "HubSpot blogging",
    citation: "HubSpot blog, Lindsay Kolowich, \"How Often Should Companies Blog?\" (data from "
      + "13,500+ HubSpot customers, c. 2015): 16+ posts a month got almost 3.5x the traffic "
      + "of 0–4; companies of 1–10 employees publishing 11+ a month got almost 3x the traffic "
      + "of those publishing 0–1; B2B companies blogging 11+ times a month got almost 3x the "
      + "traffic of those blogging 0–1; B2C companies blogging 11+ times a month got more "
      + "than 4x the leads of those blogging 4–5; read in copies at pt.infosites.biz, "
      + "rhyneco.com and mediawisemarketing.com",
    kind: .thirdParty, checked: "2026-11-26")

  static let zozimusTikTok = Source(
    short: "Zozimus",
    citation: "Zozimus (agency), \"TikTok Best Practices\", zozimus.com/tiktok-best-practices/ "
      + "(c. 2021–2022): \"1 time a day is ideal for growth\", \"3x/week minimum\"",
    kind: .thirdParty, checked: "2026-11-26")

  static let thirdWunderPinterest = Source(
    short: "Third Wunder",
    citation: "Third Wunder knowledge base, \"Pinterest Best Practices\" (updated for 2023), "
      + "my.thirdwunder.com/kb/pinterest-best-practices: \"Aim to pin at least 1-3 times per "
      + "day\"",
    kind: .thirdParty, checked: "2026-11-26")

  static let youtubeForDummies = Source(
    short: "YouTube Channels For Dummies",
    citation: "\"YouTube Channels For Dummies\" (Wiley), section \"Delivering Content "
      + "Consistently\": \"Upload content weekly\"; read in a copy at useoffice365.xyz/"
      + "youtube-channels-for-dummies/delivering-content-consistently/",
    kind: .thirdParty, checked: "2026-11-26")

  // Platform specifications and limits.

  static let pinterestAPI = Source(
    short: "Pinterest API v5",
    citation: "pinterest/api-description v5/openapi.json (commit c05b1897, 2025-12-11), "
      + "schemas Pin/PinCreate: link maxLength 2048",
    kind: .official, checked: "2026-11-20")

  static let xProfile = Source(
    short: "riasmart.com",
    citation: "riasmart.com (Twitter limits), hbgauthorresources.com, mee.fun: X bio 160, "
      + "display name 50, handle 4–15 characters; not confirmed on help.x.com (HTTP 403)",
    kind: .thirdParty, checked: "2026-11-20")

  static let instagramProfile = Source(
    short: "charcounter.online",
    citation: "charcounter.online, posthell.com, aitoearn.ai: Instagram bio 150, username 30, "
      + "name 30 characters",
    kind: .thirdParty, checked: "2026-11-20")

  static let linkedinCompanyName = Source(
    short: "bamf.co",
    citation: "bamf.co: LinkedIn company name 100 characters",
    kind: .thirdParty, checked: "2026-11-20")

  static let linkedinLimits = Source(
    short: "ClearView Social",
    citation: "ClearView Social, \"A Guide To LinkedIn Character Counts & Limits\", "
      + "clearviewsocial.com/blog/guide-linkedin-character-counts-limits: company name 100, "
      + "company tagline 120, company About us 200–2,000 characters (LinkedIn's Help Center "
      + "does not list them)",
    kind: .thirdParty, checked: "2026-11-26")

  static let tiktokProfile = Source(
    short: "unil.ink",
    citation: "unil.ink, texttoolz.com, napoleoncat.com: TikTok bio 80, username 24 "
      + "(variously given as 24 or 30), nickname 30 characters",
    kind: .thirdParty, checked: "2026-11-20")

  static let youtubeChannelsAPI = Source(
    short: "YouTube Data API",
    citation: "YouTube Data API, channels resource, brandingSettings.channel.description / "
      + "snippet.description: 1,000 characters (quoted in the docs of the Dart package "
      + "youtube_api_client and the R package rytstat)",
    kind: .official, checked: "2026-11-20")

  static let youtubeHandles = Source(
    short: "YouTube handles",
    citation: "YouTube handles (launched Nov 2022): between 3 and 30 characters, as reported "
      + "by sunnysidesocialmedia.com/youtube-handles-2022 and youtubesummaries.com's summary "
      + "of YouTube's \"Handles on YouTube\" video (\"up to 30 characters\")",
    kind: .thirdParty, checked: "2026-11-26")

  static let blueskyProfile = Source(
    short: "atproto lexicon",
    citation: "bluesky-social/atproto lexicons/app/bsky/actor/profile.json: displayName "
      + "maxGraphemes 64 (maxLength 640 bytes), description maxGraphemes 256 (maxLength 2,560 "
      + "bytes)",
    kind: .official, checked: "2026-11-20")

  static let pinterestProfile = Source(
    short: "bulkpublish.com",
    citation: "bulkpublish.com: Pinterest profile bio 160, board name 50 characters",
    kind: .thirdParty, checked: "2026-11-20")

  static let mastodonAccount = Source(
    short: "Mastodon source",
    citation: "mastodon/mastodon app/models/account.rb (USERNAME_LENGTH_LIMIT = 30, "
      + "DISPLAY_NAME_LENGTH_LIMIT = 30, NOTE_LENGTH_LIMIT = 500, validated for local "
      + "accounts) and app/validators/note_length_validator.rb (commit 03006bdf: the bio counts "
      + "grapheme clusters, links as 23, mentions without their domain); upstream defaults, "
      + "a server running a fork may differ",
    kind: .code, checked: "2026-11-26")

  static let threadsProfile = Source(
    short: "mojicnt.click",
    citation: "mojicnt.click, \"Threads Character Limit and Best Practices for Engagement\", "
      + "and blog.aitoearn.ai, \"Threads Character Limit Guide\": Threads bio 150 characters "
      + "(synced from Instagram)",
    kind: .thirdParty, checked: "2026-11-26")

  static let whatsappProfile = Source(
    short: "WhatsApp Business Platform",
    citation: "Meta for Developers, \"Business profiles (business phone numbers) – WhatsApp\", "
      + "developers.facebook.com/documentation/business-messaging/whatsapp/"
      + "business-phone-numbers/business-profiles: about 1–139 characters; websites at most 2, "
      + "256 characters each (the website limit as restated by the Kapso and Vonage docs of "
      + "the same endpoint)",
    kind: .official, checked: "2026-11-26")

  // Post text limits (the counting engine, `PostRules`).

  static let twitterText = Source(
    short: "twitter-text v3",
    citation: "twitter/twitter-text config/v3.json (commit 30e2430d, 2021-10-21, Apache-2.0): "
      + "maxWeightedTweetLength 280, transformedURLLength 23, emojiParsingEnabled, code point "
      + "weights; docs.x.com/fundamentals/counting-characters: \"Posts on X can contain up to 280 "
      + "characters\", \"All URLs are wrapped with t.co shortener and count as 23 characters\"",
    kind: .official, checked: "2026-11-20")

  static let linkedinPost = Source(
    short: "LinkedIn Help a528176",
    citation: "LinkedIn Help, linkedin.com/help/linkedin/answer/a528176: posts up to 3,000 "
      + "characters (as quoted in a third-party compilation); the Posts API gives no maximum and "
      + "returns FIELD_LENGTH_TOO_LONG; Postiz linkedin.provider.ts uses 3,000 "
      + "(gitroomhq/postiz-app, commit 74b01ada)",
    kind: .official, checked: "2026-11-20")

  static let postizFacebook = Source(
    short: "Postiz facebook",
    citation: "gitroomhq/postiz-app (commit 74b01ada, AGPL-3.0) libraries/nestjs-libraries/src/"
      + "integrations/social/facebook.provider.ts maxLength 63,206, counted with JavaScript's "
      + ".length (UTF-16); Mixpost Lite caps Facebook Pages and Groups at 5,000 "
      + "(config/mixpost.php) as its own choice",
    kind: .code, checked: "2026-11-20")

  static let instagramMediaAPI = Source(
    short: "Instagram API ig-user/media",
    citation: "Meta for Developers, Instagram Graph API reference, POST /{ig-user-id}/media, "
      + "developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/"
      + "media: caption \"Maximum 2200 characters, 30 hashtags, and 20 @ tags\"",
    kind: .official, checked: "2026-11-20")

  static let instagramHashtagCap = Source(
    short: "Instagram 5 hashtags",
    citation: "Instagram's cap of 5 hashtags per post or Reel (it was 30), announced around "
      + "19 Dec 2025 by @creators and Adam Mosseri, as reported by shiftdelete.net, "
      + "thesiliconmedia.com and khaberni.com; Ayrshare's docs now say \"up to 5 hashtags\"",
    kind: .thirdParty, checked: "2026-11-20")

  static let ayrshareInstagram = Source(
    short: "Ayrshare Instagram",
    citation: "Ayrshare, Instagram integration docs, ayrshare.com/integration/instagram: "
      + "\"Hashtags are clickable in Instagram posts, but links are not.\"",
    kind: .thirdParty, checked: "2026-11-20")

  static let ayrshareLinkedIn = Source(
    short: "Ayrshare LinkedIn",
    citation: "Ayrshare, LinkedIn docs: a link in a post gets a preview unless an image or video "
      + "is attached",
    kind: .thirdParty, checked: "2026-11-20")

  static let postizTikTok = Source(
    short: "Postiz tiktok",
    citation: "gitroomhq/postiz-app (commit 74b01ada, AGPL-3.0) tiktok.business.provider.ts: "
      + "\"Business API caption limit for videos (photos allow 4,000)\", 2,200; its personal "
      + "tiktok.provider.ts uses 2,000; docs.zernio.com and docs.postsyncer.com also give 2,200",
    kind: .code, checked: "2026-11-20")

  static let tiktokLinks = Source(
    short: "TikTok links",
    citation: "A comment in a public repository's platform table (repository not identified): "
      + "\"linkChars: 0, // no clickable links in caption\"; low confidence, hence the usual "
      + "\"link in bio\"",
    kind: .thirdParty, checked: "2026-11-20")

  static let youtubeVideosAPI = Source(
    short: "YouTube Data API videos",
    citation: "YouTube Data API, videos resource: snippet.title at most 100 characters, "
      + "snippet.description at most 5,000 bytes, neither may contain < or > (quoted in the "
      + "documentation of the Dart package youtube_api_client)",
    kind: .official, checked: "2026-11-20")

  static let threadsPosts = Source(
    short: "Threads API posts",
    citation: "Meta for Developers, Threads API, \"Threads Posts\", developers.facebook.com/"
      + "documentation/threads/posts, Limitations: \"Text posts are limited to 500 characters.\" "
      + "\"Emojis are counted as the number of UTF-8 bytes.\" (which unit the other characters "
      + "count in is not said: smm counts code points)",
    kind: .official, checked: "2026-11-26")

  static let threadsLinks = Source(
    short: "Threads API text attachments",
    citation: "Meta for Developers, Threads API, \"Text Attachments\", developers.facebook.com/"
      + "documentation/threads/create-posts/text-attachments: from 22 Dec 2025 posts with more "
      + "than 5 links fail (THREADS_API__LINK_LIMIT_EXCEEDED); every distinct URL in the text "
      + "counts, bare domains such as www.facebook.com included; Ayrshare: a link gets a preview "
      + "when no media is attached",
    kind: .official, checked: "2026-11-26")

  static let threadsTopicTag = Source(
    short: "Ayrshare Threads",
    citation: "Ayrshare, Threads docs, ayrshare.com/apis/post/social-networks/threads: "
      + "\"Threads only allows 1 hashtag per post\" (the topic tag); Mosseri's statement as "
      + "reported by shiftdelete.net",
    kind: .thirdParty, checked: "2026-11-26")

  static let blueskyPost = Source(
    short: "atproto feed.post",
    citation: "bluesky-social/atproto lexicons/app/bsky/feed/post.json: \"text\": maxLength "
      + "3000, maxGraphemes 300; @atproto/lexicon checks maxLength in UTF-8 bytes (utf8Len; "
      + "socket.dev diff of versions 0.4.2/0.4.4)",
    kind: .official, checked: "2026-11-20")

  static let mastodonPost = Source(
    short: "Mastodon posting",
    citation: "docs.joinmastodon.org/user/posting: 500 characters by default, each server "
      + "sets its own (/api/v2/instance configuration.statuses.max_characters and "
      + "characters_reserved_per_url); every link counts 23; a mention of @user@domain counts "
      + "only the username; mastodon/mastodon app/validators/status_length_validator.rb: "
      + "URL_PLACEHOLDER_CHARS = 23, grapheme clusters, URLs extracted with "
      + "extract_url_without_protocol: false (only URLs with a protocol count 23), mentions "
      + "rewritten as @username",
    kind: .official, checked: "2026-11-26")

  static let pinterestPinText = Source(
    short: "Pinterest API v5 Pin",
    citation: "pinterest/api-description v5/openapi.json (commit c05b1897, 2025-12-11), schemas "
      + "Pin/PinCreate/PinUpdate: title maxLength 100, description 800, alt_text 500, link "
      + "2,048; the in-app description is commonly given as 500 (Postiz uses 500)",
    kind: .official, checked: "2026-11-20")

  static let pinterestLinks = Source(
    short: "Ayrshare Pinterest",
    citation: "Ayrshare, Pinterest docs: a link in the description is not clickable; use the "
      + "Pin's link field (at most 2,048 characters in pinterest/api-description v5/openapi.json)",
    kind: .thirdParty, checked: "2026-11-20")

  static let postizReddit = Source(
    short: "Postiz reddit",
    citation: "gitroomhq/postiz-app (commit 74b01ada, AGPL-3.0) reddit.provider.ts maxLength "
      + "10,000; Reddit's own limit was not found",
    kind: .code, checked: "2026-11-20")

  static let whatsappText = Source(
    short: "WhatsApp Cloud API text",
    citation: "Meta for Developers, WhatsApp Cloud API, \"Text messages\", developers.facebook.com/"
      + "docs/whatsapp/cloud-api/messages/text-messages: body \"Maximum 4096 characters\"; "
      + "\"URLs are automatically hyperlinked\" (a message sent by a business through the "
      + "WhatsApp Business Platform)",
    kind: .official, checked: "2026-11-26")

  static let hashtagGuides = Source(
    short: "hashtag guides",
    citation: "Hashtag counts advised by third-party guides and reference files compiled in "
      + "smm's domain notes: X 1–2, LinkedIn 3–5 at the end, Facebook 1–2 (\"low utility\"); "
      + "no official source found for any of them",
    kind: .thirdParty, checked: "2026-11-20")

  // smm's own rules of thumb.

  static let editorial = Source(
    short: "smm editorial",
    citation: "smm's own rule of thumb, stated where no published source was found: a "
      + "judgement, not a measurement",
    kind: .editorial, checked: "2026-11-26")
}

// MARK: - Entries

extension PlatformCatalog {
  static let entries: [PlatformEntry] = [
    x, linkedin, facebook, instagram, tiktok, youtube, threads, bluesky, mastodon, pinterest,
    reddit, snapchat, whatsapp, blog,
  ]

  private static let x = PlatformEntry(
    platform: .x,
    summary: "real-time public conversation: news, tech, politics, customer service in public",
    frenchSummary:
      "conversation publique en temps réel : actualité, "
      + "tech, politique, service client en public",
    audience: [
      figure(
        21, nil, 2025, "21% of US adults use X",
        french: "21 % des adultes américains utilisent X", .pew2025)
    ],
    market: MarketFit(
      b2b: 2, b2c: 1,
      reasons: [
        reason(
          "In 2016, 15% of B2B marketers named Twitter their top network for prospects, "
            + "against 11% of B2C marketers",
          french:
            "En 2016, 15 % des marketeurs B2B citaient Twitter comme leur premier "
            + "réseau pour attirer des prospects, contre 11 % des marketeurs B2C", .adchief2016),
        reason(
          "B2B companies were more active on Twitter than B2C ones (75% vs 49%, 2009)",
          french:
            "Les entreprises B2B étaient plus actives sur Twitter "
            + "que les entreprises B2C (75 % contre 49 %, 2009)", .solis2009),
        reason(
          "Only 21% of US adults use X, far fewer than Facebook or Instagram",
          french:
            "Seuls 21 % des adultes américains utilisent X, bien moins que Facebook ou Instagram",
          .pew2025),
      ]),
    formats: [.text, .image, .shortVideo],
    requiredFormats: [],
    goals: [
      GoalFit(
        .customerCare,
        reason(
          "53% of people who tweet at brands expect a reply within an hour, 72% when they "
            + "complain",
          french:
            "53 % des personnes qui interpellent une marque sur Twitter "
            + "attendent une réponse dans l'heure, 72 % quand elles se plaignent", .lithium2013)),
      GoalFit(
        .reputation,
        reason(
          "smm's judgement: news breaks and journalists watch here, so it matters in a crisis",
          french:
            "jugement de smm : l'actualité y éclate et les journalistes "
            + "y veillent, d'où son importance en cas de crise", .editorial)),
      GoalFit(
        .traffic,
        reason(
          "On Twitter, the more a business posted, the more clicks it got",
          french: "Sur Twitter, plus une entreprise publiait, plus elle obtenait de clics",
          .hubspotSocial)),
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "smm's judgement: public, searchable, national conversations",
          french:
            "jugement de smm : des conversations nationales, "
            + "publiques et accessibles par la recherche", .editorial)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: an international public square",
          french: "jugement de smm : une place publique internationale", .editorial)),
    ],
    effort: Effort(postsPerWeek: 7...35, hoursPerWeek: 5, source: .hootsuite2023),
    profileFields: [
      text("display-name", "Name", 50, .utf16, .xProfile),
      text("handle", "Username", 15, .utf16, .xProfile),
      text("bio", "Bio", 160, .utf16, .xProfile),
      unknownLimit("link", "Website"),
      done("avatar", "Profile photo"),
      done("banner", "Header photo"),
      done("pinned-post", "Pinned post"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 280, unit: .weightedX, source: .twitterText),
      urlWeight: Sourced(23, source: .twitterText),
      hashtagAdvice: Sourced(1...2, source: .hashtagGuides),
      links: Sourced(.clickable, source: .twitterText)))

  private static let linkedin = PlatformEntry(
    platform: .linkedin,
    summary: "professional network: B2B, recruitment, expertise",
    frenchSummary: "réseau professionnel : B2B, recrutement, expertise",
    audience: [
      figure(
        30, nil, 2023, "30% of US adults use LinkedIn",
        french: "30 % des adultes américains utilisent LinkedIn", .pew2023),
      figure(
        40, 30...49, 2023, "40% of US adults 30–49 use LinkedIn, its peak age group",
        french:
          "40 % des adultes américains de 30 à 49 ans "
          + "utilisent LinkedIn, sa tranche d'âge la plus forte", .pew2023),
    ],
    market: MarketFit(
      b2b: 3, b2c: 1,
      reasons: [
        reason(
          "82% of social-media visits to B2B company websites came from LinkedIn",
          french:
            "82 % des visites venues des réseaux sociaux sur les "
            + "sites des entreprises B2B provenaient de LinkedIn", .itsma2015),
        reason(
          "63% of B2B marketers rated LinkedIn effective, the highest of the platforms",
          french:
            "63 % des marketeurs B2B jugeaient LinkedIn efficace, "
            + "le meilleur score de toutes les plateformes", .cmi2015),
        reason(
          "Top network for prospects for 40% of B2B marketers but only 7% of B2C marketers",
          french:
            "Premier réseau pour attirer des prospects pour 40 % des "
            + "marketeurs B2B, mais pour seulement 7 % des marketeurs B2C", .adchief2016),
        reason(
          "Used by 51% of US adults with a bachelor's degree or more vs 10% with high school "
            + "or less",
          french:
            "Utilisé par 51 % des adultes américains titulaires d'une licence "
            + "ou plus, contre 10 % de ceux qui ont au plus le niveau lycée", .pew2021),
        reason(
          "The only major platform used more by 30–49-year-olds than by 18–29-year-olds",
          french:
            "La seule grande plateforme plus utilisée par les 30–49 ans que par les 18–29 ans",
          .pew2015),
      ]),
    formats: [.text, .image, .longForm, .shortVideo],
    requiredFormats: [],
    goals: [
      GoalFit(
        .leads,
        reason(
          "63% of B2B marketers rated LinkedIn effective, the highest of the platforms",
          french:
            "63 % des marketeurs B2B jugeaient LinkedIn efficace, "
            + "le meilleur score de toutes les plateformes", .cmi2015)),
      GoalFit(
        .traffic,
        reason(
          "82% of social-media visits to B2B company websites came from LinkedIn",
          french:
            "82 % des visites venues des réseaux sociaux sur les "
            + "sites des entreprises B2B provenaient de LinkedIn", .itsma2015)),
      GoalFit(
        .recruitment,
        reason(
          "smm's judgement: the network where candidates keep their CV and look for jobs",
          french:
            "jugement de smm : le réseau où les candidats "
            + "gardent leur CV en ligne et cherchent un emploi", .editorial)),
      GoalFit(
        .reputation,
        reason(
          "smm's judgement: the place to show expertise to professional buyers",
          french:
            "jugement de smm : l'endroit où montrer son expertise aux acheteurs professionnels",
          .editorial)),
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "smm's judgement: professional networks span a whole country",
          french: "jugement de smm : les réseaux professionnels couvrent tout un pays",
          .editorial)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: a common professional network across countries",
          french: "jugement de smm : un réseau professionnel commun d'un pays à l'autre",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 2...5, hoursPerWeek: 3, source: .hubspotSocial),
    profileFields: [
      text("display-name", "Company name", 100, .utf16, .linkedinCompanyName),
      unknownLimit("handle", "Public page URL"),
      text("bio", "Tagline", 120, .utf16, .linkedinLimits),
      unknownLimit("link", "Website"),
      done("avatar", "Logo"),
      done("banner", "Cover image"),
      done("pinned-post", "Pinned post"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 3_000, unit: .utf16, source: .linkedinPost),
      hashtagAdvice: Sourced(3...5, source: .hashtagGuides),
      links: Sourced(.clickable, source: .ayrshareLinkedIn)))

  private static let facebook = PlatformEntry(
    platform: .facebook,
    summary: "the broadest network: local businesses, groups, every age group",
    frenchSummary:
      "le réseau le plus large : entreprises locales, groupes, toutes les tranches d'âge",
    audience: [
      figure(
        71, nil, 2025, "71% of US adults use Facebook",
        french: "71 % des adultes américains utilisent Facebook", .pew2025)
    ],
    market: MarketFit(
      b2b: 2, b2c: 3,
      reasons: [
        reason(
          "Top network for prospects for 66% of B2C marketers and 37% of B2B marketers",
          french:
            "Premier réseau pour attirer des prospects pour "
            + "66 % des marketeurs B2C et 37 % des marketeurs B2B", .adchief2016),
        reason(
          "71% of US adults use it; with YouTube, the only platform used by a majority of "
            + "every age group",
          french:
            "71 % des adultes américains l'utilisent ; avec YouTube, la seule "
            + "plateforme utilisée par une majorité de chaque tranche d'âge", .pew2025),
      ]),
    formats: [.image, .shortVideo, .text, .live],
    requiredFormats: [],
    goals: [
      GoalFit(
        .awareness,
        reason(
          "71% of US adults use it, a majority of every age group",
          french: "71 % des adultes américains l'utilisent, une majorité de chaque tranche d'âge",
          .pew2025)),
      GoalFit(
        .community,
        reason(
          "smm's judgement: Groups give a brand a members' space it can moderate",
          french:
            "jugement de smm : les Groupes donnent à une marque un "
            + "espace réservé à ses membres, qu'elle peut modérer", .editorial)),
      GoalFit(
        .customerCare,
        reason(
          "Brands received 39 messages per 1,000 Facebook fans a month (2013)",
          french: "Les marques recevaient 39 messages par mois pour 1 000 fans Facebook (2013)",
          .sprout2013)),
    ],
    reach: [
      ReachFit(
        .local,
        reason(
          "Used by 71% of rural, suburban and urban US adults alike: it reaches customers "
            + "wherever they live",
          french:
            "Utilisé par 71 % des adultes américains, en zone rurale, "
            + "périurbaine comme urbaine : il touche les clients où qu'ils vivent", .pew2025)),
      ReachFit(
        .national,
        reason(
          "71% of US adults use it",
          french: "71 % des adultes américains l'utilisent", .pew2025)),
    ],
    effort: Effort(postsPerWeek: 1...5, hoursPerWeek: 3, source: .hubspotSocial),
    profileFields: [
      unknownLimit("display-name", "Page name"),
      unknownLimit("handle", "Username"),
      unknownLimit("bio", "Bio"),
      unknownLimit("link", "Website"),
      done("avatar", "Profile picture"),
      done("banner", "Cover photo"),
      done("pinned-post", "Pinned post"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 63_206, unit: .utf16, source: .postizFacebook),
      hashtagAdvice: Sourced(1...2, source: .hashtagGuides),
      links: Sourced(.clickable, source: .editorial)))

  private static let instagram = PlatformEntry(
    platform: .instagram,
    summary: "visual network of photos and short videos: consumer brands, strongest under 30",
    frenchSummary:
      "réseau visuel de photos et de vidéos courtes : marques "
      + "grand public, surtout chez les moins de 30 ans",
    audience: [
      figure(
        50, nil, 2025, "50% of US adults use Instagram",
        french: "50 % des adultes américains utilisent Instagram", .pew2025),
      figure(
        80, 18...29, 2025, "80% of US adults 18–29 use Instagram",
        french: "80 % des adultes américains de 18 à 29 ans utilisent Instagram", .pew2025),
      figure(
        78, 18...29, 2023, "78% of US adults under 30 use Instagram",
        french: "78 % des adultes américains de moins de 30 ans utilisent Instagram", .pew2023),
      figure(
        15, 65...99, 2023, "15% of US adults 65 and older use Instagram",
        french: "15 % des adultes américains de 65 ans et plus utilisent Instagram", .pew2023),
      figure(
        76, 18...24, 2021, "76% of US adults 18–24 use Instagram",
        french: "76 % des adultes américains de 18 à 24 ans utilisent Instagram", .pew2021),
    ],
    market: MarketFit(
      b2b: 1, b2c: 3,
      reasons: [
        reason(
          "8 in 10 US adults 18–29 use Instagram",
          french: "8 adultes américains sur 10 de 18 à 29 ans utilisent Instagram", .pew2025),
        reason(
          "smm's judgement: it shows products, places and people; B2B buyers rarely look "
            + "for suppliers there",
          french:
            "jugement de smm : on y montre des produits, des lieux et des "
            + "personnes ; les acheteurs B2B y cherchent rarement leurs fournisseurs",
          .editorial),
      ]),
    formats: [.shortVideo, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .awareness,
        reason(
          "8 in 10 US adults 18–29 use Instagram",
          french: "8 adultes américains sur 10 de 18 à 29 ans utilisent Instagram", .pew2025)),
      GoalFit(
        .sales,
        reason(
          "smm's judgement: product photos and videos sell consumer goods",
          french:
            "jugement de smm : les photos et vidéos de "
            + "produits font vendre les biens de consommation", .editorial)),
      GoalFit(
        .community,
        reason(
          "smm's judgement: comments, stories and direct messages keep followers close",
          french:
            "jugement de smm : commentaires, stories et messages "
            + "privés entretiennent la proximité avec les abonnés", .editorial)),
    ],
    reach: [
      ReachFit(
        .local,
        reason(
          "Used by 55% of urban and 54% of suburban US adults but 37% of rural ones: strong "
            + "for local businesses in towns and cities",
          french:
            "Utilisé par 55 % des adultes américains en zone urbaine et "
            + "54 % en zone périurbaine, mais 37 % en zone rurale : fort "
            + "pour les entreprises locales des villes, petites et grandes", .pew2025)),
      ReachFit(
        .national,
        reason(
          "50% of US adults use Instagram",
          french: "50 % des adultes américains utilisent Instagram", .pew2025)),
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 5, source: .hootsuite2023),
    profileFields: [
      text("display-name", "Name", 30, .utf16, .instagramProfile),
      text("handle", "Username", 30, .utf16, .instagramProfile),
      text("bio", "Bio", 150, .utf16, .instagramProfile),
      unknownLimit("link", "Links"),
      done("avatar", "Profile picture"),
      done("pinned-post", "Pinned posts"),
    ],
    post: PostRules(
      text: PostLimit(field: "caption", limit: 2_200, unit: .utf16, source: .instagramMediaAPI),
      hashtagCap: Sourced(5, source: .instagramHashtagCap),
      mentionCap: Sourced(20, source: .instagramMediaAPI),
      links: Sourced(.notClickable, source: .ayrshareInstagram)))

  private static let tiktok = PlatformEntry(
    platform: .tiktok,
    summary: "short-video discovery: reach beyond your followers, strongest under 30",
    frenchSummary:
      "découverte par la vidéo courte : une portée au-delà "
      + "de vos abonnés, surtout chez les moins de 30 ans",
    audience: [
      figure(
        37, nil, 2025, "37% of US adults use TikTok",
        french: "37 % des adultes américains utilisent TikTok", .pew2025),
      figure(
        50, 18...29, 2025, "About half (50%) of US adults 18–29 use TikTok daily",
        french:
          "Environ la moitié (50 %) des adultes américains "
          + "de 18 à 29 ans utilisent TikTok tous les jours", .pew2025),
      figure(
        55, 18...24, 2021, "55% of US adults 18–24 use TikTok",
        french: "55 % des adultes américains de 18 à 24 ans utilisent TikTok", .pew2021),
    ],
    market: MarketFit(
      b2b: 1, b2c: 3,
      reasons: [
        reason(
          "About half of US adults 18–29 use TikTok every day",
          french:
            "Environ la moitié des adultes américains de "
            + "18 à 29 ans utilisent TikTok chaque jour", .pew2025),
        reason(
          "smm's judgement: entertainment first; B2B buyers rarely look for suppliers there",
          french:
            "jugement de smm : le divertissement d'abord ; les "
            + "acheteurs B2B y cherchent rarement leurs fournisseurs", .editorial),
      ]),
    formats: [.shortVideo, .live],
    requiredFormats: [.shortVideo],
    goals: [
      GoalFit(
        .awareness,
        reason(
          "About half of US adults 18–29 use TikTok every day",
          french:
            "Environ la moitié des adultes américains de "
            + "18 à 29 ans utilisent TikTok chaque jour", .pew2025)),
      GoalFit(
        .community,
        reason(
          "smm's judgement: duets, stitches and comments reward brands that join trends",
          french:
            "jugement de smm : duos, collages et commentaires "
            + "récompensent les marques qui participent aux tendances", .editorial)),
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "37% of US adults use TikTok",
          french: "37 % des adultes américains utilisent TikTok", .pew2025)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: its feed shows videos to strangers, across borders",
          french:
            "jugement de smm : son fil montre les vidéos à des inconnus, par-delà les frontières",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 6, source: .zozimusTikTok),
    profileFields: [
      text("display-name", "Name", 30, .utf16, .tiktokProfile),
      text("handle", "Username", 24, .utf16, .tiktokProfile),
      text("bio", "Bio", 80, .utf16, .tiktokProfile),
      unknownLimit("link", "Website"),
      done("avatar", "Profile photo"),
      done("pinned-post", "Pinned videos"),
    ],
    post: PostRules(
      text: PostLimit(field: "caption", limit: 2_200, unit: .utf16, source: .postizTikTok),
      links: Sourced(.notClickable, source: .tiktokLinks)))

  private static let youtube = PlatformEntry(
    platform: .youtube,
    summary: "the most used platform: searchable video, how-tos, demos, explainers",
    frenchSummary:
      "la plateforme la plus utilisée : vidéo trouvable par "
      + "la recherche, tutoriels, démos, vidéos explicatives",
    audience: [
      figure(
        84, nil, 2025, "84% of US adults use YouTube",
        french: "84 % des adultes américains utilisent YouTube", .pew2025),
      figure(
        93, 18...29, 2023, "93% of US adults 18–29 use YouTube",
        french: "93 % des adultes américains de 18 à 29 ans utilisent YouTube", .pew2023),
      figure(
        60, 65...99, 2023, "60% of US adults 65 and older use YouTube",
        french: "60 % des adultes américains de 65 ans et plus utilisent YouTube", .pew2023),
    ],
    market: MarketFit(
      b2b: 2, b2c: 3,
      reasons: [
        reason(
          "84% of US adults use it; with Facebook, the only platform used by a majority of "
            + "every age group",
          french:
            "84 % des adultes américains l'utilisent ; avec Facebook, la seule "
            + "plateforme utilisée par une majorité de chaque tranche d'âge", .pew2025),
        reason(
          "smm's judgement: demos, tutorials and webinars serve B2B buyers who research "
            + "before they call",
          french:
            "jugement de smm : démos, tutoriels et webinaires servent "
            + "les acheteurs B2B qui se renseignent avant d'appeler", .editorial),
      ]),
    formats: [.longVideo, .shortVideo, .live],
    requiredFormats: [.longVideo],
    goals: [
      GoalFit(
        .awareness,
        reason(
          "84% of US adults use YouTube",
          french: "84 % des adultes américains utilisent YouTube", .pew2025)),
      GoalFit(
        .traffic,
        reason(
          "smm's judgement: videos are found through search for years and link to the site",
          french:
            "jugement de smm : les vidéos se trouvent par la "
            + "recherche pendant des années et renvoient vers le site", .editorial)),
      GoalFit(
        .customerCare,
        reason(
          "smm's judgement: how-to videos answer the same questions once for everyone",
          french:
            "jugement de smm : les vidéos pratiques répondent "
            + "aux mêmes questions une fois pour tout le monde", .editorial)),
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "Used by 85% of urban, 87% of suburban and 79% of rural US adults",
          french:
            "Utilisé par 85 % des adultes américains en zone urbaine, "
            + "87 % en zone périurbaine et 79 % en zone rurale", .pew2025)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: video travels across borders with subtitles",
          french: "jugement de smm : avec des sous-titres, la vidéo passe les frontières",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 1...1, hoursPerWeek: 8, source: .youtubeForDummies),
    profileFields: [
      unknownLimit("display-name", "Channel name"),
      text("handle", "Handle", 30, .utf16, .youtubeHandles),
      text("bio", "Description", 1_000, .utf16, .youtubeChannelsAPI),
      unknownLimit("link", "Links"),
      done("avatar", "Profile picture"),
      done("banner", "Banner image"),
      done("pinned-post", "Channel trailer"),
    ],
    post: PostRules(
      text: PostLimit(
        field: "description", limit: 5_000, unit: .utf8Bytes, forbidden: ["<", ">"],
        source: .youtubeVideosAPI),
      title: PostLimit(
        field: "title", limit: 100, unit: .utf16, forbidden: ["<", ">"],
        source: .youtubeVideosAPI),
      links: Sourced(.clickable, source: .editorial)))

  private static let threads = PlatformEntry(
    platform: .threads,
    summary: "Meta's text conversation app, tied to Instagram accounts",
    frenchSummary: "l'application de conversations textuelles de Meta, liée aux comptes Instagram",
    audience: [
      figure(
        8, nil, 2025, "8% of US adults use Threads",
        french: "8 % des adultes américains utilisent Threads", .pew2025)
    ],
    market: MarketFit(
      b2b: 1, b2c: 1,
      reasons: [
        reason(
          "Only 8% of US adults use Threads",
          french: "Seuls 8 % des adultes américains utilisent Threads", .pew2025),
        reason(
          "smm's judgement: worth it as an extension of an Instagram presence, rarely alone",
          french:
            "jugement de smm : vaut la peine en prolongement "
            + "d'une présence sur Instagram, rarement seul", .editorial),
      ]),
    formats: [.text, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .community,
        reason(
          "smm's judgement: replies and conversation are what it is for",
          french: "jugement de smm : il est fait pour les réponses et la conversation",
          .editorial))
    ],
    reach: [
      ReachFit(
        .international,
        reason(
          "smm's judgement: a public, international conversation",
          french: "jugement de smm : une conversation publique et internationale", .editorial))
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 2, source: .editorial),
    profileFields: [
      unknownLimit("display-name", "Name"),
      text("handle", "Username (the Instagram username)", 30, .utf16, .instagramProfile),
      text("bio", "Bio", 150, .utf16, .threadsProfile),
      unknownLimit("link", "Link"),
      done("avatar", "Profile picture"),
      done("pinned-post", "Pinned post"),
    ],
    post: PostRules(
      text: PostLimit(
        field: "post", limit: 500, unit: .emojiAsUTF8Bytes, source: .threadsPosts),
      hashtagCap: Sourced(1, source: .threadsTopicTag),
      linkCap: Sourced(5, source: .threadsLinks),
      links: Sourced(.clickable, source: .threadsLinks)))

  private static let bluesky = PlatformEntry(
    platform: .bluesky,
    summary: "open text network on the AT Protocol: small audience, custom feeds",
    frenchSummary:
      "réseau social textuel ouvert, fondé sur l'AT "
      + "Protocol : audience réduite, fils personnalisés",
    audience: [
      figure(
        4, nil, 2025, "4% of US adults use Bluesky",
        french: "4 % des adultes américains utilisent Bluesky", .pew2025)
    ],
    market: MarketFit(
      b2b: 1, b2c: 1,
      reasons: [
        reason(
          "Only 4% of US adults use Bluesky",
          french: "Seuls 4 % des adultes américains utilisent Bluesky", .pew2025),
        reason(
          "smm's judgement: worth it where a field's experts and journalists gather there",
          french:
            "jugement de smm : vaut la peine là où les experts "
            + "et les journalistes d'un domaine s'y retrouvent", .editorial),
      ]),
    formats: [.text, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .community,
        reason(
          "smm's judgement: small, engaged circles around shared interests",
          french: "jugement de smm : de petits cercles engagés autour d'intérêts communs",
          .editorial))
    ],
    reach: [
      ReachFit(
        .international,
        reason(
          "smm's judgement: interest communities, not places",
          french: "jugement de smm : des communautés d'intérêt, pas des lieux", .editorial))
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 2, source: .editorial),
    profileFields: [
      text("display-name", "Display name", 64, .graphemes, .blueskyProfile),
      unknownLimit("handle", "Handle (a domain name)"),
      text("bio", "Description", 256, .graphemes, .blueskyProfile),
      done("avatar", "Avatar"),
      done("banner", "Banner"),
      done("pinned-post", "Pinned post"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 300, unit: .graphemes, source: .blueskyPost),
      secondary: PostLimit(field: "post", limit: 3_000, unit: .utf8Bytes, source: .blueskyPost),
      links: Sourced(.clickable, source: .editorial)))

  private static let mastodon = PlatformEntry(
    platform: .mastodon,
    summary: "federated, ad-free text network of independent servers",
    frenchSummary: "réseau social textuel fédéré et sans publicité, fait de serveurs indépendants",
    audience: [],
    market: MarketFit(
      b2b: 1, b2c: 1,
      reasons: [
        reason(
          "smm's judgement: no survey figure found; its users are mostly tech, open-source "
            + "and academic circles that dislike overt promotion",
          french:
            "jugement de smm : aucun chiffre d'enquête trouvé ; ses "
            + "utilisateurs viennent surtout des milieux tech, open source "
            + "et universitaires, qui n'aiment pas la promotion trop visible", .editorial)
      ]),
    formats: [.text, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .community,
        reason(
          "smm's judgement: conversation without an algorithm rewards steady participation",
          french:
            "jugement de smm : une conversation sans "
            + "algorithme récompense une participation régulière", .editorial))
    ],
    reach: [
      ReachFit(
        .international,
        reason(
          "smm's judgement: servers federate across countries",
          french: "jugement de smm : les serveurs se fédèrent d'un pays à l'autre", .editorial))
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 2, source: .editorial),
    profileFields: [
      text("display-name", "Display name", 30, .codePoints, .mastodonAccount),
      text("handle", "Username", 30, .codePoints, .mastodonAccount),
      text("bio", "Bio", 500, .graphemes, .mastodonAccount),
      unknownLimit("link", "Extra fields (links verified with rel=\"me\")"),
      done("avatar", "Avatar"),
      done("banner", "Header"),
      done("pinned-post", "Pinned posts"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 500, unit: .graphemes, source: .mastodonPost),
      urlWeight: Sourced(23, source: .mastodonPost),
      mentions: Sourced(.userPartOnly, source: .mastodonPost),
      links: Sourced(.clickable, source: .mastodonPost)))

  private static let pinterest = PlatformEntry(
    platform: .pinterest,
    summary: "visual search and planning: ideas, products, recipes, homes; sends visitors to sites",
    frenchSummary:
      "recherche visuelle et préparation de projets : idées, produits, "
      + "recettes, maison ; envoie des visiteurs vers les sites",
    audience: [
      figure(
        35, nil, 2023, "35% of US adults use Pinterest",
        french: "35 % des adultes américains utilisent Pinterest", .pew2023)
    ],
    market: MarketFit(
      b2b: 0, b2c: 2,
      reasons: [
        reason(
          "35% of US adults use Pinterest",
          french: "35 % des adultes américains utilisent Pinterest", .pew2023),
        reason(
          "Used by 46% of US women but 16% of US men",
          french: "Utilisé par 46 % des femmes américaines mais 16 % des hommes américains",
          .pew2021),
        reason(
          "smm's judgement: strong for home, food, fashion, weddings and crafts; B2B buyers "
            + "do not plan there",
          french:
            "jugement de smm : fort pour la maison, la cuisine, la mode, les mariages "
            + "et les loisirs créatifs ; les acheteurs B2B n'y préparent pas leurs achats",
          .editorial),
      ]),
    formats: [.image, .shortVideo],
    requiredFormats: [.image],
    goals: [
      GoalFit(
        .traffic,
        reason(
          "Every Pin can carry a destination link of up to 2,048 characters",
          french:
            "Chaque Épingle peut comporter un lien de destination de 2 048 caractères au plus",
          .pinterestAPI)),
      GoalFit(
        .sales,
        reason(
          "smm's judgement: people pin what they plan to make or buy",
          french: "jugement de smm : on épingle ce qu'on prévoit de faire ou d'acheter",
          .editorial)),
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "35% of US adults use Pinterest",
          french: "35 % des adultes américains utilisent Pinterest", .pew2023)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: Pins are found by search, wherever people live",
          french: "jugement de smm : les Épingles se trouvent par la recherche, où que l'on vive",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 7...21, hoursPerWeek: 3, source: .thirdWunderPinterest),
    profileFields: [
      unknownLimit("display-name", "Name"),
      unknownLimit("handle", "Username"),
      text("bio", "About", 160, .utf16, .pinterestProfile),
      unknownLimit("link", "Website"),
      done("avatar", "Profile picture"),
      done("banner", "Profile cover"),
    ],
    post: PostRules(
      text: PostLimit(field: "description", limit: 800, unit: .utf16, source: .pinterestPinText),
      title: PostLimit(field: "title", limit: 100, unit: .utf16, source: .pinterestPinText),
      links: Sourced(.separateField(limit: 2_048), source: .pinterestLinks)))

  private static let reddit = PlatformEntry(
    platform: .reddit,
    summary: "topic communities (subreddits) with their own rules; rewards genuine participation",
    frenchSummary:
      "communautés thématiques (subreddits) aux règles "
      + "propres ; récompense une participation sincère",
    audience: [
      figure(
        26, nil, 2025, "26% of US adults use Reddit",
        french: "26 % des adultes américains utilisent Reddit", .pew2025)
    ],
    market: MarketFit(
      b2b: 1, b2c: 1,
      reasons: [
        reason(
          "26% of US adults use Reddit",
          french: "26 % des adultes américains utilisent Reddit", .pew2025),
        reason(
          "smm's judgement: communities punish advertising; brands earn a place by answering "
            + "questions",
          french:
            "jugement de smm : les communautés sanctionnent la publicité ; "
            + "les marques gagnent leur place en répondant aux questions", .editorial),
      ]),
    formats: [.text, .image, .longForm],
    requiredFormats: [],
    goals: [
      GoalFit(
        .community,
        reason(
          "smm's judgement: subreddits are communities of interest, ready-made",
          french: "jugement de smm : les subreddits sont des communautés d'intérêt toutes prêtes",
          .editorial)),
      GoalFit(
        .reputation,
        reason(
          "smm's judgement: where people ask each other which brand to trust",
          french: "jugement de smm : là où les gens se demandent entre eux à quelle marque se fier",
          .editorial)),
    ],
    reach: [
      ReachFit(
        .local,
        reason(
          "smm's judgement: city and region subreddits",
          french: "jugement de smm : des subreddits de villes et de régions", .editorial)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: topic communities span countries",
          french: "jugement de smm : les communautés thématiques dépassent les frontières",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 1...3, hoursPerWeek: 3, source: .editorial),
    profileFields: [
      unknownLimit("display-name", "Display name"),
      unknownLimit("handle", "Username"),
      unknownLimit("bio", "About"),
      unknownLimit("link", "Social links"),
      done("avatar", "Avatar"),
      done("banner", "Banner"),
      done("pinned-post", "Pinned posts"),
    ],
    post: PostRules(
      text: PostLimit(field: "post", limit: 10_000, unit: .utf16, source: .postizReddit),
      links: Sourced(.clickable, source: .editorial)))

  private static let snapchat = PlatformEntry(
    platform: .snapchat,
    summary: "camera-first messaging and stories for people under 30",
    frenchSummary: "messagerie et stories centrées sur l'appareil photo, pour les moins de 30 ans",
    audience: [
      figure(
        25, nil, 2025, "25% of US adults use Snapchat",
        french: "25 % des adultes américains utilisent Snapchat", .pew2025),
      figure(
        65, 18...29, 2023, "65% of US adults 18–29 use Snapchat",
        french: "65 % des adultes américains de 18 à 29 ans utilisent Snapchat", .pew2023),
      figure(
        4, 65...99, 2023, "4% of US adults 65 and older use Snapchat",
        french: "4 % des adultes américains de 65 ans et plus utilisent Snapchat", .pew2023),
      figure(
        75, 18...24, 2021, "75% of US adults 18–24 use Snapchat",
        french: "75 % des adultes américains de 18 à 24 ans utilisent Snapchat", .pew2021),
    ],
    market: MarketFit(
      b2b: 0, b2c: 2,
      reasons: [
        reason(
          "65% of US adults 18–29 use Snapchat, 4% of those 65 and older",
          french:
            "65 % des adultes américains de 18 à 29 ans "
            + "utilisent Snapchat, 4 % de ceux de 65 ans et plus", .pew2023),
        reason(
          "smm's judgement: private and playful; no place for B2B buyers",
          french: "jugement de smm : privé et ludique ; pas un lieu pour les acheteurs B2B",
          .editorial),
      ]),
    formats: [.shortVideo, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .awareness,
        reason(
          "75% of US adults 18–24 use Snapchat",
          french: "75 % des adultes américains de 18 à 24 ans utilisent Snapchat", .pew2021))
    ],
    reach: [
      ReachFit(
        .national,
        reason(
          "25% of US adults use Snapchat",
          french: "25 % des adultes américains utilisent Snapchat", .pew2025))
    ],
    effort: Effort(postsPerWeek: 3...7, hoursPerWeek: 3, source: .editorial),
    profileFields: [
      unknownLimit("display-name", "Display name"),
      unknownLimit("handle", "Username"),
      unknownLimit("bio", "Bio"),
      unknownLimit("link", "Website"),
      done("avatar", "Profile picture"),
    ],
    post: PostRules(
      text: PostLimit(field: "caption", limit: nil, unit: .utf16, source: .editorial),
      links: Sourced(.unknown, source: .editorial),
      note: "no caption limit from Snap was found; a third-party guide (phrasit.com) plans "
        + "with 250 characters, unconfirmed",
      frenchNote:
        "aucune limite de légende publiée par Snap n'a été trouvée ; un "
        + "guide tiers (phrasit.com) prévoit 250 caractères, sans confirmation"))

  private static let whatsapp = PlatformEntry(
    platform: .whatsapp,
    summary: "private messaging: customer service, orders, broadcasts to people who opted in",
    frenchSummary:
      "messagerie privée : service client, commandes, "
      + "diffusions aux personnes qui y ont consenti",
    audience: [
      figure(
        32, nil, 2025, "32% of US adults use WhatsApp",
        french: "32 % des adultes américains utilisent WhatsApp", .pew2025)
    ],
    market: MarketFit(
      b2b: 1, b2c: 2,
      reasons: [
        reason(
          "32% of US adults use WhatsApp",
          french: "32 % des adultes américains utilisent WhatsApp", .pew2025),
        reason(
          "smm's judgement: one-to-one messages suit shops and services more than B2B "
            + "sales cycles",
          french:
            "jugement de smm : les messages individuels conviennent mieux "
            + "aux commerces et aux services qu'aux cycles de vente B2B", .editorial),
      ]),
    formats: [.text, .image],
    requiredFormats: [],
    goals: [
      GoalFit(
        .customerCare,
        reason(
          "smm's judgement: customers write to a business as they write to friends",
          french:
            "jugement de smm : les clients écrivent à une "
            + "entreprise comme ils écrivent à leurs amis", .editorial)),
      GoalFit(
        .sales,
        reason(
          "smm's judgement: orders and bookings close in the chat",
          french: "jugement de smm : commandes et réservations se concluent dans la conversation",
          .editorial)),
    ],
    reach: [
      ReachFit(
        .local,
        reason(
          "smm's judgement: neighbourhood shops keep in touch with regulars",
          french:
            "jugement de smm : les commerces de quartier gardent le contact avec leurs habitués",
          .editorial)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: the default messenger in many countries outside the US",
          french:
            "jugement de smm : la messagerie par défaut "
            + "dans de nombreux pays hors des États-Unis", .editorial)),
    ],
    effort: Effort(postsPerWeek: 1...3, hoursPerWeek: 3, source: .editorial),
    profileFields: [
      unknownLimit("display-name", "Business name"),
      text("bio", "About", 139, .utf16, .whatsappProfile),
      text("link", "Website", 256, .utf16, .whatsappProfile),
      done("avatar", "Profile picture"),
    ],
    post: PostRules(
      text: PostLimit(field: "message", limit: 4_096, unit: .utf16, source: .whatsappText),
      links: Sourced(.clickable, source: .whatsappText)))

  private static let blog = PlatformEntry(
    platform: .blog,
    summary: "the brand's own site: long-form articles it owns, found through search",
    frenchSummary:
      "le site de la marque : des articles de fond qui "
      + "lui appartiennent, trouvés par la recherche",
    audience: [],
    market: MarketFit(
      b2b: 3, b2c: 2,
      reasons: [
        reason(
          "B2B companies that blogged 11+ times a month got almost 3x the traffic of those "
            + "that blogged 0–1 times",
          french:
            "Les entreprises B2B qui publiaient sur leur blog 11 fois ou plus par mois "
            + "obtenaient près de 3 fois plus de trafic que celles qui y publiaient 0 à 1 fois",
          .hubspotBlogging),
        reason(
          "B2C companies that blogged 11+ times a month got more than 4x the leads of those "
            + "that blogged 4–5 times",
          french:
            "Les entreprises B2C qui publiaient sur leur blog 11 fois ou plus par mois "
            + "obtenaient plus de 4 fois plus de leads que celles qui y publiaient 4 à 5 fois",
          .hubspotBlogging),
      ]),
    formats: [.longForm, .image],
    requiredFormats: [.longForm],
    goals: [
      GoalFit(
        .traffic,
        reason(
          "Companies publishing 16+ posts a month got almost 3.5x the traffic of those "
            + "publishing 0–4",
          french:
            "Les entreprises publiant 16 articles ou plus par mois obtenaient "
            + "près de 3,5 fois plus de trafic que celles qui en publiaient 0 à 4",
          .hubspotBlogging)),
      GoalFit(
        .leads,
        reason(
          "B2C companies that blogged 11+ times a month got more than 4x the leads of those "
            + "that blogged 4–5 times",
          french:
            "Les entreprises B2C qui publiaient sur leur blog 11 fois ou plus par mois "
            + "obtenaient plus de 4 fois plus de leads que celles qui y publiaient 4 à 5 fois",
          .hubspotBlogging)),
      GoalFit(
        .reputation,
        reason(
          "smm's judgement: articles the brand owns show its expertise and outlive any "
            + "platform",
          french:
            "jugement de smm : des articles qui lui appartiennent montrent "
            + "l'expertise de la marque et survivent à toute plateforme", .editorial)),
    ],
    reach: [
      ReachFit(
        .local,
        reason(
          "smm's judgement: pages about the town and its needs are found in local search",
          french:
            "jugement de smm : les pages consacrées à la ville et "
            + "à ses besoins ressortent dans la recherche locale", .editorial)),
      ReachFit(
        .international,
        reason(
          "smm's judgement: search engines send readers from anywhere",
          french: "jugement de smm : les moteurs de recherche amènent des lecteurs de partout",
          .editorial)),
    ],
    effort: Effort(postsPerWeek: 2...4, hoursPerWeek: 10, source: .hubspotBlogging),
    profileFields: [
      unknownLimit("display-name", "Site title"),
      unknownLimit("bio", "Tagline"),
      done("avatar", "Logo / site icon"),
      done("banner", "Header image"),
      done("pinned-post", "Featured post"),
    ],
    post: PostRules(
      text: PostLimit(field: "article", limit: nil, unit: .graphemes, source: .editorial),
      links: Sourced(.clickable, source: .editorial),
      note: "no limit: the brand's own site takes articles of any length",
      frenchNote: "aucune limite : le site de la marque accepte des articles de toute longueur"))
}

// MARK: - Builders

extension PlatformCatalog {
  /// An audience figure.
  fileprivate static func figure(
    _ percent: Double, _ ages: ClosedRange<Int>?, _ year: Int, _ statement: String,
    french: String, _ source: Source
  ) -> AudienceFigure {
    AudienceFigure(
      percent: percent, ages: ages, year: year, statement: statement, frenchStatement: french,
      source: source)
  }

  /// A reason in English and in French, with its source.
  fileprivate static func reason(_ text: String, french: String, _ source: Source) -> SourcedReason
  {
    SourcedReason(text, french: french, source: source)
  }

  /// A text field with a sourced limit.
  fileprivate static func text(
    _ key: String, _ label: String, _ limit: Int, _ unit: CountingUnit, _ source: Source
  ) -> ProfileFieldRule {
    ProfileFieldRule(
      key: key, label: label, frenchLabel: ProfileFieldRule.frenchLabels[label] ?? label,
      kind: .text(limit: limit, unit: unit), source: source)
  }

  /// A text field whose limit no source gives.
  fileprivate static func unknownLimit(_ key: String, _ label: String) -> ProfileFieldRule {
    ProfileFieldRule(
      key: key, label: label, frenchLabel: ProfileFieldRule.frenchLabels[label] ?? label,
      kind: .text(limit: nil, unit: .utf16), source: nil)
  }

  /// A done / not done field (an image uploaded, a post pinned).
  fileprivate static func done(_ key: String, _ label: String) -> ProfileFieldRule {
    ProfileFieldRule(
      key: key, label: label, frenchLabel: ProfileFieldRule.frenchLabels[label] ?? label,
      kind: .done, source: nil)
  }
}

extension PlatformEntry {
  /// The hand-written entry, without the facts it did not hold (kept to check the generated
  /// catalog against it).
  fileprivate init(
    platform: Platform, summary: String, frenchSummary: String, audience: [AudienceFigure],
    market: MarketFit,
    formats: [ContentFormat], requiredFormats: [ContentFormat], goals: [GoalFit],
    reach: [ReachFit], effort: Effort, profileFields: [ProfileFieldRule], post: PostRules
  ) {
    self.init(
      platform: platform, name: LocalizedText(english: "", french: ""), aliases: [],
      assistantWords: [], calendarCode: "", summary: summary, frenchSummary: frenchSummary,
      defaults: PlatformDefaults(tone: "", tonePhrase: "", postingTime: ""), audience: audience,
      market: market, formats: formats, requiredFormats: requiredFormats, goals: goals,
      reach: reach, effort: effort, profileFields: profileFields, post: post)
  }
}
