/** Texts of the DNS and domain registration findings and their remedies (English). */
export default {
  outcome: {
    ok: 'The DNS answered for {{name}} ({{type}}).',
    nxdomain: 'The name {{name}} doesn’t exist in the DNS.',
    nodata: 'The name {{name}} exists, but has no {{type}} record.',
    servfail:
      'The DNS server {{server}} couldn’t answer about {{name}} (SERVFAIL). This usually means the domain’s DNS servers are broken or unreachable.',
    refused: 'The DNS server {{server}} refused to answer about {{name}} (REFUSED).',
    timeout: 'No answer about {{name}} came from the DNS server {{server}} in time, even after trying again.',
    'cname-loop':
      'The name {{name}} is an alias that leads back to itself (a CNAME loop), so it never reaches a real address.',
    malformed: 'The DNS server {{server}} sent back something that isn’t a valid answer about {{name}}.',
    aborted: 'The check was stopped before the answer about {{name}} came.',
  },
  common: {
    internalTitle: 'This check couldn’t run',
    internalDetail: 'Something unexpected went wrong inside MailDoctor: {{reason}}',
  },
  mx: {
    errorTitle: 'We couldn’t read where mail for {{domain}} goes',
    nxdomainTitle: 'The domain {{domain}} doesn’t exist',
    nxdomainDetail:
      'The DNS says there is no domain called {{domain}}. Check the spelling; if it is right, the domain may have expired or never been registered, and no mail can reach it.',
    nullTitle: '{{domain}} refuses all mail on purpose',
    nullDetail:
      'The domain has a "null MX" record (a single MX record pointing to "."), which tells the world it accepts no mail at all. If you expect to receive mail here, replace it with your provider’s MX records.',
    okTitle: 'Mail for {{domain}} has somewhere to go ({{count}} MX)',
    okDetail: 'Other servers deliver mail for {{domain}} to: {{hosts}} (lowest number first). TTL {{ttl}} s.',
    ipLiteralTitle: 'An MX record points to a number, not a name: {{host}}',
    ipLiteralDetail:
      'MX records must name a server (such as mx1.example.com), not give an IP address like {{host}}. Many servers ignore such a record.',
    fallbackTitle: '{{domain}} has no MX record',
    fallbackDetail:
      'Without an MX record, other servers try to deliver straight to the domain’s own address ({{addresses}}), which is usually a web server that doesn’t accept mail.',
    noneTitle: '{{domain}} has no MX record, so mail can’t be delivered',
    noneDetail:
      'Your domain has no MX record and no address of its own, so other servers don’t know where to deliver your mail.',
    cnameTitle: 'The MX host {{host}} is an alias',
    cnameDetail:
      'The MX record names {{host}}, which is an alias (CNAME) for {{target}}. The rules say an MX must name the real server; some senders refuse to deliver.',
  },
  mxHosts: {
    okTitle: '{{host}} can be found',
    okDetail: 'The mail server {{host}} has the address {{addresses}}. TTL {{ttl}} s.',
    missingTitle: 'The mail server {{host}} can’t be found',
    nxdomainDetail:
      'Your MX record names {{host}}, but that name doesn’t exist, so mail sent to it is lost or comes back.',
    nodataDetail:
      'Your MX record names {{host}}, but that name has no address, so no server can deliver to it.',
    errorTitle: 'We couldn’t find the address of {{host}}',
    privateTitle: 'The mail server {{host}} points inside a private network',
    privateDetail:
      'Your MX record names {{host}}, whose address {{addresses}} belongs to a private network: nobody outside your network can deliver to it.',
  },
  provider: {
    recognisedTitle: 'Your mail is handled by {{provider}}',
    recognisedDetail: 'Your MX records ({{hosts}}) belong to: {{offers}}.',
    unknownTitle: 'We didn’t recognise your mail provider',
    unknownDetail: 'Your MX records point to {{hosts}}, which isn’t one of the providers we know.',
    matchTitle: 'Your MX records are what {{provider}} expects',
    matchDetail: 'The domain points to {{hosts}}, exactly as {{provider}} asks.',
    mismatchTitle: 'Your MX records don’t match what {{provider}} expects',
    mismatchDetail: {
      add: 'For {{provider}} to receive your mail, add to your DNS zone: {{add}}.',
      remove: 'For {{provider}} to receive your mail, remove from your DNS zone: {{remove}}.',
      change: 'For {{provider}} to receive your mail, change in your DNS zone: {{change}}.',
      add_remove:
        'For {{provider}} to receive your mail, change your DNS zone. Add: {{add}}. Remove: {{remove}}.',
      add_change:
        'For {{provider}} to receive your mail, change your DNS zone. Add: {{add}}. Change: {{change}}.',
      remove_change:
        'For {{provider}} to receive your mail, change your DNS zone. Remove: {{remove}}. Change: {{change}}.',
      add_remove_change:
        'For {{provider}} to receive your mail, change your DNS zone. Add: {{add}}. Remove: {{remove}}. Change: {{change}}.',
    },
  },
  srv: {
    autodiscoverErrorTitle: 'We couldn’t read the autodiscover record {{name}}',
    autodiscoverFoundTitle: 'Your domain has an autodiscover record',
    autodiscoverFoundDetail:
      'Mail programs such as Outlook will set themselves up from {{name}}: {{records}}.',
    autodiscoverAbsentTitle: 'No autodiscover record',
    autodiscoverAbsentDetail:
      'There is no {{name}} record. It is only needed by some offers (such as Exchange) so Outlook can set itself up.',
    autodiscoverOkTitle: 'The autodiscover record is right',
    autodiscoverOkDetail: '{{name}} is {{records}}, as {{provider}} expects.',
    autodiscoverWrongTitle: 'The autodiscover record is wrong',
    autodiscoverWrongDetail:
      '{{name}} is {{records}}, but {{provider}} expects {{expected}}. Outlook may fail to set itself up.',
    autodiscoverMissingTitle: 'The autodiscover record is missing',
    autodiscoverMissingDetail:
      '{{provider}} needs the record {{name}} = {{expected}} so Outlook and phones can set themselves up. It isn’t there.',
    mailErrorTitle: 'We couldn’t read the mail service records ({{name}})',
    mailFoundTitle: 'Your domain tells mail programs where its servers are',
    mailFoundDetail: {
      offered: 'Offered: {{offered}}.',
      refused: 'Marked as not offered: {{refused}}.',
      offered_refused: 'Offered: {{offered}}. Marked as not offered: {{refused}}.',
    },
    mailAbsentTitle: 'No mail service records',
    mailAbsentDetail:
      'The domain doesn’t publish the records that let mail programs find their servers by themselves. They are optional: the settings are typed in the program by hand.',
  },
  spf: {
    errorTitle: 'We couldn’t read the SPF record of {{domain}}',
    missingTitle: '{{domain}} doesn’t say which servers may send its mail',
    missingDetail:
      'There is no SPF record, so receivers can’t tell your real mail from forgeries and may put it in spam. A record like this would do: {{suggestion}}',
    missingDetailNoProvider:
      'There is no SPF record, so receivers can’t tell your real mail from forgeries and may put it in spam. Add one TXT record on {{domain}}: it starts with "v=spf1", then names your email provider’s sending servers (its help pages give the exact "include:" to copy), and ends with "~all".',
    multipleTitle: '{{domain}} has {{count}} SPF records instead of one',
    multipleDetail:
      'With more than one SPF record, receivers treat all of them as broken (permerror): {{records}}. Merge them into one.',
    loopTitle: 'Your SPF record includes itself',
    loopDetail:
      'Following the includes leads back to a record already seen: {{chain}}. Receivers treat this as an error.',
    tooManyLookupsTitle: 'Your SPF record needs {{count}} DNS lookups; the limit is {{limit}}',
    tooManyLookupsDetail:
      'Receivers stop after {{limit}} lookups and treat the record as broken. The limit is passed inside {{include}} (path: {{chain}}).',
    tooManyVoidTitle: 'Your SPF record refers to {{count}} names that don’t exist (limit {{limit}})',
    tooManyVoidDetail:
      'These names give no answer: {{names}}. After {{limit}} such names receivers treat the record as broken.',
    includeMissingTitle: 'Your SPF record includes {{include}}, which has no SPF record',
    includeMissingDetail:
      'The record says "include:{{include}}", but that name has no SPF record, so receivers treat yours as broken.',
    permerrorTitle: 'Your SPF record isn’t valid',
    permerrorDetail: 'Receivers would reject it as broken. The SPF checker says: {{reason}}',
    plusAllTitle: 'Your SPF record lets anyone send as you',
    plusAllDetail:
      'It ends with "+all", which allows every server in the world: {{record}}. Use "~all" or "-all".',
    neutralAllTitle: 'Your SPF record doesn’t say no to other servers',
    neutralAllDetail: 'It ends with "?all", which gives no protection: {{record}}. Use "~all" or "-all".',
    noAllTitle: 'Your SPF record has no ending rule',
    noAllDetail: 'It doesn’t end with "~all" or "-all", so it says nothing about other servers: {{record}}',
    providerMissingTitle: 'Your SPF record doesn’t include {{provider}}',
    providerMissingDetail:
      'Mail sent through your provider may be marked as forged. Add {{include}} to the record: {{record}}',
    okTitle: 'The SPF record of {{domain}} is fine',
    okDetail: '{{record}} — {{count}} DNS lookups of {{limit}} allowed.',
    okDetail_one: '{{record}} — {{count}} DNS lookup of {{limit}} allowed.',
  },
  dmarc: {
    errorTitle: 'We couldn’t read the DMARC record {{name}}',
    versionNotFirstTitle: 'Your DMARC record is written the wrong way round',
    versionNotFirstDetail:
      'A DMARC record must start with "v=DMARC1", otherwise receivers ignore it: {{record}}',
    missingTitle: '{{domain}} has no DMARC record',
    missingDetail:
      'Large providers (Gmail, Yahoo, Microsoft) expect one, and without it your mail is more easily treated as spam. A first record can simply be "v=DMARC1; p=none".',
    multipleTitle: 'There are {{count}} DMARC records instead of one',
    multipleDetail: 'With more than one, receivers ignore all of them: {{records}}',
    badPolicyTitle: 'Your DMARC record has no valid policy',
    badPolicyDetail:
      'The p= setting must be none, quarantine or reject; it is "{{policy}}". Record: {{record}}',
    monitorTitle: 'DMARC is in watch-only mode',
    monitorDetail:
      'The policy is "none": receivers send reports ({{rua}}) but take no action on forged mail. Record: {{record}}',
    okTitle: 'DMARC protects your domain (policy {{policy}})',
    okDetail: 'Record: {{record}}. Reports go to {{rua}}; failure reports to {{ruf}}.',
    externalOkTitle: '{{reportDomain}} agreed to receive your DMARC reports',
    externalOkDetail: 'The record {{name}} exists, so receivers will send reports there.',
    externalMissingTitle: '{{reportDomain}} hasn’t agreed to receive your DMARC reports',
    externalMissingDetail:
      'Reports for another domain are only sent if that domain publishes {{name}}. It doesn’t, so reports addressed to {{reportDomain}} are dropped.',
  },
  dkim: {
    errorTitle: 'We couldn’t read the signing key "{{selector}}" (DKIM)',
    missingTitle: 'No signing key under the name "{{selector}}" (DKIM)',
    missingDetail: 'We looked for {{name}} and found no key there. Check the name with your provider.',
    revokedTitle: 'The signing key "{{selector}}" has been withdrawn (DKIM)',
    revokedDetail:
      '{{name}} has an empty key (p=), which means "don’t trust signatures with this key". Mail still signed with it fails.',
    unreadableTitle: 'The signing key "{{selector}}" can’t be read (DKIM)',
    unreadableDetail:
      'The key at {{name}} is damaged (often a piece got lost when it was pasted), so signatures fail.',
    shortTitle: 'The signing key "{{selector}}" is too short (DKIM, {{bits}} bits)',
    shortDetail:
      'Receivers ignore keys under 1024 bits, so your signatures don’t count. Create a 2048-bit key.',
    weakTitle: 'The signing key "{{selector}}" is on the short side (DKIM, {{bits}} bits)',
    weakDetail: 'It still works, but 2048 bits is the current recommendation. Key: {{name}}',
    okTitle: 'Signing key "{{selector}}" found (DKIM, {{bits}} bits)',
    okDetail: 'Mail signed with this key can be checked by receivers. Key: {{name}} ({{keyType}}).',
    noneFoundTitle: 'We didn’t find a signing key under the usual names (DKIM)',
    noneFoundDetail:
      'We tried: {{selectors}}. Your provider may use another name: that alone isn’t a problem.',
  },
  mtaSts: {
    errorTitle: 'We couldn’t read the MTA-STS record {{name}}',
    absentTitle: 'No MTA-STS record',
    absentDetail:
      'MTA-STS (optional) asks other servers to always use encryption when delivering to you. There is no {{name}} record.',
    multipleTitle: 'There is more than one MTA-STS record',
    multipleDetail: 'With more than one {{name}} record, senders ignore MTA-STS.',
    noIdTitle: 'The MTA-STS record has no valid id',
    noIdDetail: 'The record {{record}} needs an "id=" of letters and digits; senders ignore it as it is.',
    okTitle: 'MTA-STS is announced',
    okDetail: '{{name}}: {{record}} (id {{id}}).',
  },
  ptr: {
    errorTitle: 'We couldn’t read the reverse name of {{address}}',
    missingTitle: '{{address}} has no reverse name',
    missingDetail:
      'The address {{address}} has no PTR record ({{name}}). Many servers refuse mail from an address without one.',
    okTitle: '{{address}} is {{name}}, both ways',
    okDetail: 'The reverse name of {{address}} is {{names}}, which leads back to the same address.',
    mismatchTitle: 'The reverse name of {{address}} doesn’t lead back to it',
    mismatchDetail:
      '{{address}} says it is {{names}}, but that name leads to {{forward}}. Many servers distrust such an address.',
    mismatchNoAddressDetail:
      '{{address}} says it is {{names}}, but that name has no address. Many servers distrust such an address.',
  },
  dnsbl: {
    badAddressTitle: '"{{address}}" isn’t an IP address',
    badAddressDetail: 'We can only check numeric addresses such as 192.0.2.7 against blocklists.',
    cleanTitle: '{{address}} isn’t on {{list}}',
    cleanDetail: {
      mx: 'Your mail server {{address}} isn’t listed on {{list}} ({{zone}}).',
      given: 'The address {{address}} isn’t listed on {{list}} ({{zone}}).',
    },
    errorTitle: 'We couldn’t ask {{list}} about {{address}}',
    listedTitle: '{{address}} is on the blocklist {{list}}',
    listedDetail: {
      mx: 'Your mail server {{address}} is listed on {{list}} ({{sublists}}; code {{codes}}). Servers that use this list refuse its mail.',
      given:
        'The address {{address}} is listed on {{list}} ({{sublists}}; code {{codes}}). Mail sent from it is refused by servers that use this list.',
    },
    refusedTitle: '{{list}} refused to answer about {{address}}',
    refusedDetail:
      'The list answered {{codes}}, which isn’t a listing: it means it doesn’t answer queries coming through this DNS resolver (public resolvers and heavy users are refused). We don’t know whether {{address}} is listed.',
    oddTitle: '{{list}} gave an answer we can’t read for {{address}}',
    oddDetail:
      'The answer was {{codes}}, which isn’t a code of this list. Your DNS resolver may be rewriting answers; try another resolver.',
  },
  ns: {
    errorTitle: 'We couldn’t find the DNS servers of {{domain}}',
    nxdomainTitle: 'The domain {{domain}} has no DNS servers',
    nxdomainDetail: 'The domain doesn’t exist in the DNS, so it has no servers to ask.',
    noneTitle: '{{domain}} has no DNS servers of its own',
    noneDetail:
      '{{domain}} is part of a larger domain; its records are kept by the DNS servers of that domain.',
    agreeTitle_one: 'The DNS server of your domain answers',
    agreeTitle: 'All {{count}} DNS servers of your domain agree',
    agreeDetail: '{{servers}} all give the same MX records: {{mx}}. TTL {{ttl}} s.',
    disagreeTitle: 'The DNS servers of your domain don’t agree ({{count}} asked)',
    disagreeDetail:
      'Each server gives different MX records: {{servers}}. A recent change is probably still spreading (TTL {{ttl}} s), or one server was left behind.',
    silentTitle: 'The DNS server {{host}} didn’t answer',
    noAddressDetail: 'The DNS server {{host}} has no address, so nobody can ask it.',
  },
  registration: {
    failedTitle: 'We couldn’t ask the registry about {{domain}}',
    failedDetail: 'The registration service didn’t answer properly. The other checks aren’t affected.',
    notFoundTitle: 'The registry has no record of {{domain}}',
    notFoundDetail:
      'The registration service doesn’t know this domain. It may not be registered, or its registry may not offer this service.',
    clientHoldTitle: '{{domain}} has been suspended by its registrar',
    clientHoldDetail:
      'The domain is on hold ({{status}}), so it doesn’t work on the internet: no website, no mail. This usually follows an unpaid renewal or an unconfirmed owner email.',
    serverHoldTitle: '{{domain}} has been suspended by its registry',
    serverHoldDetail:
      'The domain is on hold ({{status}}), so it doesn’t work on the internet: no website, no mail.',
    redemptionTitle: '{{domain}} has expired and is about to be deleted',
    redemptionDetail:
      'The domain is in its redemption period ({{status}}; expiry {{date}}). It can still be recovered, for a fee, through your registrar.',
    pendingDeleteTitle: '{{domain}} is being deleted',
    pendingDeleteDetail:
      'The domain expired and is being deleted ({{status}}; expiry {{date}}). Mail to it can’t work.',
    expiredTitle: '{{domain}} expired on {{date}}',
    expiredDetail: 'An expired domain stops receiving mail. Renew it with your registrar.',
    expiresSoonTitle: '{{domain}} expires on {{date}}',
    expiresSoonDetail: 'Only {{days}} days left. Renew it in time, or mail will stop.',
    activeTitle: '{{domain}} is registered until {{date}}',
    activeDetail: 'The registration is active ({{days}} days left).',
    activeNoDateTitle: '{{domain}} is registered',
    activeNoDateDetail:
      'The registry lists the domain as active (status: {{status}}); it doesn’t give an expiry date.',
  },
}
