/**
 * Our own families of words for the reasons, beside Sisimai's phrase lists (reason-phrases.ts). Each
 * family is the ordinary way servers word a reason, not one server's sentence. Two tables:
 * - `OVER_CODES`: words so plain about their cause that they name it whatever the code says ("550
 *   5.1.1 … sent to too many recipients this hour"); classify-reason.ts tries them in its first
 *   pass, beside the codes, in Sisimai's order.
 * - `FAMILIES`: words that name a reason where the phrase lists and codes leave it vague (a reply
 *   with no code, X.0.0, a generic X.7.x); tried only after them, in this order (most specific first).
 *   A mail program's window words are written once, as finer readings (reason-details.ts) that name
 *   their reason, and join its family here.
 */
import { REASON_DETAILS } from './reason-details'
import { REASON_PHRASES } from './reason-phrases'
import type { BounceReason } from './reasons'

/**
 * Words that name a reason whatever the code says, by reason:
 * - `suspend`: a mailbox no longer read ("This email inbox … is no longer in use"; Sisimai's rfc3834),
 *   closed for inactivity (free.fr's "This mailbox has been blocked due to inactivity", under 5.2.1),
 *   or a recipient refused as disabled ("Recipient address rejected: User disabled", RFC 3463's X.2.1);
 * - `speeding`: the sender's own sending limit ("limit of 400 rcpts per 24 hours reached", GoDaddy's
 *   "sent to too many recipients this hour");
 * - `norelaying`: a refusal to relay ("Relaying disallowed", "relay traffic prohibited", "prevents
 *   unauthorized SPAM relaying", qmail's "that domain isn't in my list of allowed rcpthosts");
 * - `authfailure`: SPF, DKIM or DMARC named as failed ("No valid DKIM signature found", "fails to pass
 *   authentication checks");
 * - `requireptr`: the sending server's reverse name missing ("Your reverse DNS entry does not
 *   resolve", "… regarding PTR records");
 * - `blocked`: the sending IP refused for what it is, dynamic (Trend Micro's ERS-DUL, its dial-up
 *   list) or by name ("no access for this ip", "remote ip is forbidden", "Client host [x] blocked", Alice's "Service not
 *   available – access denied"), as Sisimai's `blocked` phrases (Gmail's "not authorized to send
 *   email directly" is `norelaying` in its Google table);
 * - `toomanyconn`: too many connections at once, in any wording ("IP frequency limited", QQ's).
 */
const OVER_CODES: Readonly<Partial<Record<BounceReason, RegExp>>> = {
  suspend:
    /\b(?:e-?mail |mail )?(?:inbox|mailbox|address|account)\b.{0,80}?\bis no longer (?:in use|active|monitored|being monitored)\b|\b(?:blocked|disabled|closed|suspended|deactivated) (?:due to|for|because of) (?:extended |long )?inactivity\b|\brecipient(?: address)? rejected: (?:the )?(?:user|account|mailbox)(?: account)? (?:is |has been )?(?:disabled|suspended|deactivated)\b/,
  speeding:
    /(?<!connection )\brate ?limit\b[^.;\n]{0,30}\b(?:exceeded|reach(?:ed)?)\b|\b(?:exceeded|reached) (?:the |your |its |a )?(?:message |messages |mail |sending |send )?rate ?limit\b|\btoo much mail from\b|\b(?:più di|more than) [0-9]{1,6} (?:destinatari|recipients|messaggi|messages)\b[^.;\n]{0,20}\b(?:ogni|per|every|in) (?:[0-9]{1,3} )?(?:or[ae]|hours?|giorn[oi]|days?|minut[oi]|minutes?)\b|\btoo much traffic\b|\bdaily (?:sending |message |mail )?(?:limit|quota) (?:reached|exceeded)\b|\(rate[- ]?limit\b|\brate overlimit\b|\b(?:sending|sent)\b[^.;\n]{0,30}\btoo (?:fast|quickly)\b|\bthrottling quota\b|\blimit of [0-9,.]+ (?:rcpts?|recipients|messages|e-?mails|mails)\b[^.]{0,40}\b(?:reached|exceeded)\b|\btoo many (?:rcpt|recipient) attempts\b|\bsent to too many recipients (?:this|per|in the last|in an?) (?:hour|day)\b|\bexceeded (?:your|the) (?:outmail|sending|outbound|outgoing|daily|hourly)[a-z ]{0,20}(?:quota|limit)\b|\b(?:reached|exceeded|hit) (?:a|the|your) (?:daily |hourly |sending )?limit (?:for|on) sending\b|\b[0-9]{1,3}-hour sending (?:limit|quota)\b|(?<!size )\blimit of [0-9,.]+ exceeded\b|\bmax(?:imum)? [0-9.,]+ ?(?:requests|messages|mails|e-?mails|recipients|rcpts|mb|kb|gb)? per (?:[0-9]{1,4} ?)?(?:seconds?|minutes?|hours?|days?|h|d)\b|\b(?:sender|sending|message|send) rate exceeds\b/,
  norelaying:
    /\brelay(?:ing)?(?: traffic| attempts?)? (?:access )?(?:denied|disallowed|refused|prohibited|not (?:allowed|permitted))\b|\bunauthori[sz]ed (?:spam )?relay(?:ing)?\b|\bisn'?t in my list of allowed rcpthosts\b|\b(?:does not|doesn'?t|do not|will not|won'?t) (?:allow|permit) relay(?:ing)?\b|\bnot (?:permitted|allowed|authori[sz]ed) to relay\b/,
  authfailure:
    /\b(?:dkim|spf|dmarc)\b[^.]{0,40}\b(?:fail(?:ed|s|ure)?|invalid|not valid|no valid|(?:did|does|do) not pass|didn't pass|forgery|forged|unauthori[sz]ed)\b|\b(?:no|not|didn'?t|did not|doesn'?t|does not|without)\b[^.;\n]{0,20}\bvalid dkim signature\b|\b(?:no valid|invalid|bad) dkim signature\b|\b(?:set|rejected) by dmarc\b|\b(?:rejected|refused|blocked|quarantined) (?:due to|because of) (?:the )?(?:sender'?s? )?(?:domain'?s? )?(?:dmarc|spf|dkim)\b|\bdmarc compliance\b|\banti-?spoof(?:ing)?\b|\bfails? to pass authentication checks\b|\bdoes not have authentication information\b/,
  requireptr:
    /\bptr (?:records?|rr|resource records?)\b|\bmust have (?:a )?(?:valid )?(?:reverse dns|rdns|ptr)(?: entry| record)?\b|\breverse (?:dns|hostname|host name|lookup|name)(?: entry| record)?\b.{0,20}\b(?:does not|doesn't|did not|didn't|cannot|can't|could not|couldn't|failed to|not) ?(?:be )?(?:resolve|match|exist|found|verified)|\b(?:does not|doesn't|did not|didn't|cannot|can't|could not|couldn't|fails? to) (?:properly )?resolve\b[^.;\n]{0,20}\breverse (?:dns|lookup|name)\b/,
  blocked:
    /<?\b[0-9]{1,3}(?:\.[0-9]{1,3}){3}\b>? (?:is|has been|was) (?:blocked|blacklisted|blocklisted|banned)\b|\b(?:sender|sending|source|connecting|client) ip (?:address )?reputation\b|\binvalid (?:helo|ehlo)(?: name| hostname)?\b|\b(?:helo|ehlo) command rejected\b|\bis _my_ address\b|\b(?:helo|ehlo) name contains an? ip\b|\bno access for (?:this|your) ip\b|\b(?:all messages from \S{1,64}|messages from \[?[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]?) (?:will be|are|have been) (?:permanently |temporarily )?(?:deferred|blocked|refused|rejected)\b|\b(?:mail|e-?mail|messages?) (?:sent )?from your ip(?: address)? (?:has|have) been (?:blocked|refused|rejected)\b|\b(?:your|remote|client|sender'?s?|sending|source|connecting) ip(?: address)? (?:is |has been |was )?(?:forbidden|banned|blacklisted|blocklisted|not allowed)\b|\bnot accepted from (?:this|your) ip\b|\b(?:service|server) not available\s?[–—-]\s?access denied\b|\bclient host \[[^\]]{0,64}\] blocked\b|\bgeneric (?:rdns|reverse dns|ptr)\b|\buse your isp'?s (?:smtp )?(?:relay|server)\b|\bdynamic(?:ally)?[- ](?:assigned )?ip\b|\bdynamic ips\b|\b(?:ers-)?dul\b|\bdial-?up(?:\/transient)? ips?\b|\bremoved from (?:the )?dnsbls?\b/,
  toomanyconn:
    /\btoo many (?:simultaneous |concurrent |parallel |open )?connections\b|\btoo many new tls sessions\b|\bmaximum number of concurrent (?:server )?connections\b|\bconcurrency limit\b|\b(?:ip|connection) frequency limited\b/,
}

/** True when the lower-case text words `reason` so plainly that it stands whatever the code says. */
export function wordsOverCodes(reason: BounceReason, lowerText: string): boolean {
  return OVER_CODES[reason]?.test(lowerText) ?? false
}

const FAMILIES: readonly [BounceReason, RegExp][] = [
  [
    'virusdetected',
    /\bvirus\b.{0,40}\b(?:detected|found)\b|\bfound virus\b|\bcontains? (?:a |an )?virus\b|\bdangerous macro\b|\bmalware (?:detected|found)\b|\binfected\b|\bcontien[ea] (?:un )?virus\b|\bvirus (?:rilevato|trovato)\b|\b(?:rilevato|trovato) un virus\b/,
  ],
  [
    'authfailure',
    /\b(?:non (?:ha )?superat[oa]|fallit[oa])\b[^.;\n]{0,40}\b(?:spf|dkim|dmarc)\b|\bauthenticat\w{0,4}\b[^.;\n]{0,30}\b(?:spf|dkim)\b|\b(?:spf|dkim|dmarc)\b[^.;\n]{0,40}\b(?:non (?:superat|riuscit|valid|conform)|fallit)[oa]\b|^[ \t]*(?:[45][0-9][0-9][ -]{1,3}(?:[45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t]{1,3})?)?\[?(?:spf|dkim|dmarc)\]?[ \t.]*$|\b(?:spf|dkim|dmarc|sender id)\b.{0,80}(?:fail|not pass|n't pass|unauthenticated|not authenticated|not permitted)|\bauthenticated with (?:spf|dkim)|\bensure\b[^.;\n]{0,60}\b(?:has|have|uses?)\b[^.;\n]{0,10}\b(?:spf|dkim)\b|\b(?:due to|because of) (?:the )?(?:spf|dkim|dmarc)\b|\bopen-?spf\.(?:org|net)\/why\b|\bneither permitted nor denied\b|\bdomain owner(?:'s)? (?:policy|dmarc)\b|\bspf\b[^.]{0,80}\bnot (?:a )?designated sender\b/,
  ],
  // Encryption the server requires and did not get ("TLS is required, but was not offered", "STARTTLS
  // is required for this sender", "sending without SSL/TLS encryption is not allowed"), as Sisimai's
  // Google, Microsoft and Mimecast tables read their own forms of it; and the windows of mail programs
  // that could not set it up with their own server ("STARTTLS not supported", "Impossibile negoziare
  // la connessione TLS", a certificate error, an untrusted server).
  [
    'failedstarttls',
    /\bdid not offer (?:tls|starttls)\b|\bcertificate verification failed\b|\bcertificate not verified\b|\bcertificate is untrusted\b|\btls not available\b|\brefused to start tls\b|\bcertificate verify failed\b|\bpkix path\b|\bdid not match\b[^.;\n]{0,80}\bcertificate\b|\bcn=[^\n]{0,80}\bdid not match\b|\b(?:unable|failed) to connect with starttls\b|\b(?:ssl|tls) operation failed\b|\bmisconfigured (?:server )?certificate\b|\bestablish an? (?:ssl|tls|ssl or tls) connection\b|\b(?:unable to|could not|couldn'?t|failed to|impossibile) (?:establish|stabilire) (?:a |un )?(?:secure connection|(?:tls|ssl) connection|collegamento sicuro|connessione sicura)\b|\b(?:tls|ssl) (?:handshake|negotiation|error)\b|\bhandshake (?:error|failed|failure)\b|\b(?:starttls|tls|ssl(?:\/tls)?)(?: encryption| session)? (?:is |was )?(?:required|mandatory)\b|\bmust issue (?:a )?starttls\b|\bwithout (?:ssl\/tls|ssl|tls|starttls)(?: encryption)? is not allowed\b|\b(?:route|recipient|domain|server) requires? (?:encryption|tls|starttls)\b|\bencryption is required\b|\bsenders to use tls\b|\bmust support tls\b|\bdoes not support (?:tls|starttls)\b/,
  ],
  [
    'requireptr',
    /\bpossibly forged hostname\b|\bptr records?\b|\b(?:reverse dns|rdns)\b.{0,40}\b(?:fail|missing|not found|required|invalid)|\b(?:no|missing|invalid|bad) (?:reverse dns|rdns|ptr)\b/,
  ],
  [
    'mailboxfull',
    /\bexceeded (?:your|the) (?:mail|mailbox|storage|disk) quota\b|\berror writing message: (?:file too large|disk quota exceeded)\b|\bcassetta postale\b[^.;\n]{0,40}\bpien[ao]\b|\b(?:mailbox|inbox)\b.{0,30}\b(?:full|(?:size|storage) (?:limit )?exceeded|over quota|quota exceeded)|\b(?:quota exceeded|over quota|disk quota)\b|\b(?:casella|postfach|bo[iî]te|buz[oó]n|caixa)\b[^.;\n]{0,40}\b(?:pien[ao]|voll|pleine|llen[oa]|cheia)\b|\bquota\b[^.;\n]{0,20}\b(?:superata|esaurita|d[ée]pass[ée]e?|überschritten|excedid[ao])|\bexhausted\b[^.;\n]{0,30}\b(?:storage|space|quota)\b|\bexceed\w{0,3}\b[^.;\n]{0,30}\bmailbox (?:size|quota|storage)\b/,
  ],
  [
    'systemfull',
    /\b(?:out of disk space|no space left on device|disk (?:is )?full|space shortage|insufficient (?:system )?storage)\b/,
  ],
  ['hasmoved', /\buser not local\b|\bhas moved\b/],
  // A mailbox switched off, left unused, expired or blocked by its provider, in the languages of the mail people receive.
  [
    'suspend',
    /\b(?:account|mailbox|user|e-?mail address)\b.{0,30}\b(?:disabled|deactivated|inactive|suspended|expired)\b|\brecipient'?s? (?:account|mailbox)\b[^.;\n]{0,20}\b(?:blocked|locked)\b|\b(?:compte|bo[iî]te) du destinataire\b[^.;\n]{0,20}\bbloqu|\b(?:casella|account) del destinatario\b[^.;\n]{0,20}\bbloccat|\binactive (?:account|mailbox|user)\b|\b(?:casella|utenza)\b.{0,50}\b(?:disattivat|sospes|scadut|inattiv|disabilitat)[ao]\b|\b(?:casilla|cuenta|buz[oó]n)\b.{0,30}\b(?:expirad|desactivad|suspendid|inactiv|deshabilitad)[oa]\b|\b(?:compte|bo[iî]te)\b.{0,30}\b(?:d[ée]sactiv[ée]e?|suspendue?|expir[ée]e?|inacti(?:f|ve))(?![a-z])|\b(?:postfach|konto)\b.{0,30}\b(?:deaktiviert|gesperrt|abgelaufen|inaktiv)\b|\b(?:caixa|conta)\b.{0,30}\b(?:desativad|suspens|expirad|inativ)[ao]\b/,
  ],
  // A domain that does not exist, also named between the words ("DNS domain example.moc does not
  // exist", Exchange's 5.4.310), in the languages of the mail people receive; a sender's domain is not.
  [
    'hostunknown',
    /(?<!sender |from )\bdomain is unknown\b|\b(?:domaine|domain)\b(?:[^.;\n]|\.(?=\w)){0,60}\b(?:introuvable|nicht gefunden)\b|\bno se (?:ha )?(?:podido )?encontra(?:do|r) el dominio\b|\b(?:trovare|individuare) il dominio\b|\bhost sconosciuto\b|\bdominio\b[^.;\n]{0,60}\b(?:sconosciuto|non (?:è|e') stato trovato)\b|\bdomainnonexistent\b|\bhost \S{1,253} (?:not found|unknown)\b|\bcouldn'?t find any host named\b|\bno mx (?:records?|hosts?)\b[^.;\n]{0,20}\bfound\b|\bmx records? points? to non-?existent hosts?\b|\bdomain look ?up failed\b|(?<!(?:sender|mittente|from|expéditeur|absender|remitente) )\b(?:domain|dominio|domaine|domäne|domínio)\b(?:[^.;\n]|\.(?=\w)){0,60}\b(?:does not exist|doesn't exist|not found|(?:couldn'?t|could not|can ?not|can't) be found|non esiste|inesistente|n'existe pas|inexistant|no existe|inexistente|existiert nicht|não existe)/,
  ],
  // An address nobody holds, in the same languages: "L'utente destinatario non esiste".
  [
    'userunknown',
    /\bthe address was not found\b|\b(?:recipient|user ?name|mailbox)(?: name| address)? (?:is |was )?not recogni[sz]ed\b|\buser <[^<>\s]{1,254}> unknown\b|\buser (?:doesn'?t|does not) have an? [a-z0-9.-]{1,60} account\b|(?<!mail-)\badresse\b[^.;\n]{0,40}\b(?:est introuvable|(?:wurde )?nicht gefunden)\b|\be-mail-adresse\b[^.;\n]{0,20}\bnicht gefunden\b|\bno se (?:ha )?encontr(?:ó|ado) la direcci[óo]n\b|\b(?:e-?mail )?address you entered (?:couldn'?t|could not|can ?not) be found\b|\bindirizzo\b(?: di posta(?: elettronica)?)?(?: immesso| specificato| indicato)? non (?:è|e') stato trovato\b|\bimpossibile trovare l'indirizzo\b|\bindirizzo del destinatario rifiutato: accesso negato\b|\b(?:recipient|user)(?: name)? (?:is )?not recognized\b|\bunknown or illegal (?:user|alias)\b|\b(?:illegal|unknown) (?:user|alias|recipient)\b|\bnosuchuser\b|\bno valid recipients?\b|\baddress (?:couldn'?t|could not|can ?not|can't) be found\b|\bwasn'?t found at\b|\bwurde nicht (?:in|bei|unter) \S{1,253} gefunden\b|\bnon è stato trovato (?:in|su|presso)\b|\bn'a pas été trouvée? (?:dans|sur|chez)\b|\bno (?:such )?mailbox (?:here )?by that name\b|\b(?:recipient|user|mailbox) (?:'[^'\n]{1,64}'|"[^"\n]{1,64}"|<[^>\n]{1,254}>) is unknown\b|(?<!(?:sender|from|mittente) )\b(?:recipient|user|mailbox)(?: e-?mail)?(?: ad{1,2}ress)?\b (?:is )?(?:unknown|(?:marked as )?invalid)\b|\bnon-?exist(?:ent|ing) (?:address|user|mailbox|recipient|account)\b|\b(?:user|recipient|mailbox|account|e-?mail address|utente|destinatario|casella|indirizzo|usuario|direcci[oó]n|utilisateur|destinataire|adresse|benutzer|empf[aä]nger|usu[aá]rio|endere[cç]o)\b(?:[^.;\n]|\.(?=\w)){0,40}\b(?:does not exist|doesn't exist|non esiste|inesistente|sconosciut[oa]|no existe|inexistente|desconocid[oa]|n'existe pas|inexistante?|inconnue?|existiert nicht|unbekannt|não existe|desconhecid[oa])/,
  ],
  [
    'mesgtoobig',
    /\b(?:message|e-?mail) (?:is )?oversized\b|\bdimension[ei] del messaggio\b[^.;\n]{0,60}\b(?:supera|eccede)\b|\bsize (?:is )?(?:larger|bigger|greater) than (?:the )?(?:max(?:imum)?|allowed|permitted)\b|\bmax(?:imum)? (?:data |message |mail )?size (?:limit )?exceeded\b|\b(?:message|mail|e-?mail) size (?:is )?too (?:large|big)\b|\bmessage\b[^.;\n]{0,60}\b(?:it'?s|it is) too (?:large|big)\b|\bmessaggio\b[^.;\n]{0,60}\btroppo grande\b|\bsupera\b[^.;\n]{0,30}\bdimensioni\b|\b(?:message|stream|data|e-?mail)\b (?:is )?(?:more|larger|bigger|longer) than [0-9][0-9,.]{0,12} ?(?:bytes|[kmg]i?b|[kmg]bytes)\b|\b(?:message|attachment|email|mail) (?:size|is too (?:large|big))\b.{0,30}\b(?:exceed|limit)|\bmessage too (?:large|big)\b|\b(?:message|body|e-?mail)\b(?: body)? (?:size violation|is too (?:large|big|long))\b|\b(?:supera|eccede|d[ée]passe|überschreitet|excede)\b[^.;\n]{0,30}\b(?:dimensione|taille|grö(?:ß|ss)e|tamaño|tamanho)\b|\b(?:messaggio|allegato|nachricht|anhang|mensaje|adjunto|mensagem|anexo) (?:troppo grande|trop (?:gros|volumineux)|zu gro(?:ß|ss)|demasiado grande|muito grande)\b|\b(?:message|mail|e-?mail) exceeds\b[^.;\n]{0,30}\b(?:message size|size|limit)\b/,
  ],
  // The sender refused: its address or domain, or a sending domain the service has not set up.
  [
    'rejected',
    /\bmail from not accepted\b|\bunknown sender domain\b|\bpolicy rejection due to null sender\b|\b(?:null|empty) sender (?:is )?(?:not allowed|rejected|refused)\b|\boriginator not accepted\b|\bno mx for your from address\b|\bnot allowed to use\b(?:[^.;\n]|\.(?=\w)){0,60}\bas (?:a |the )?sender(?: domain| address)?\b|\b(?:could not|couldn'?t|unable to) complete sender verify\b|\bsender verify(?: callout)? (?:failed|defer)|\b(?:indirizzo del )?mittente\b[^.;\n]{0,30}\b(?:rifiutat|non valid|non autorizzat|sconosciut|non verificat)[oa]\b|\b(?:sender|from)(?:\/(?:sender|from))? (?:address|domain|name)\b.{0,30}\b(?:invalid|not valid|not verified|unverified|not allowed)|\binvalid '?from'? address|\benvelope sender\b[^.;\n]{0,20}\b(?:denied|rejected|refused|not allowed)|\b(?:unconfigured|unverified|unregistered) sending domain\b|\bsending domain\b[^.;\n]{0,20}\bnot (?:configured|verified|authori[sz]ed|allowed)|\bnot (?:allowed|authori[sz]ed|permitted) to send (?:mail |e-?mail |messages? )?(?:on behalf of|as)\b|\bverified sender identity\b|\bnot a sender signature\b|\bsandbox subdomains? (?:are|is) for test\b|\breject reason: unsigned\b|\b(?:mail from|sender|from)(?: address| account)?\b[^.;\n]{0,20}\b(?:must (?:be )?(?:equal|the same as|same as|match)|(?:does not|doesn't|do not|don't) (?:match|conform with))\b[^.;\n]{0,20}\b(?:auth\w*|login|logged)/,
  ],
  // Relaying refused; also Debian's exim4 set up for local mail only ("Mailing to remote domains not supported").
  [
    'norelaying',
    /\b(?:non (?:può|puo')|impossibile) inoltrare\b|\bretransmiss[ãa]o negada\b|\brelais refus|\brcpt ?hosts\b|\banfitri[õo]es rcpt\b|\bunable to relay\b|\brelay(?:ing)?\)?(?: is)? (?:not allowed|disabled|not permitted|prohibited)|\b(?:inoltro|relay) (?:negato|non (?:consentito|permesso))\b|\bin my list of allowed rcpthosts\b|\brelay(?:ing)? (?:through|via) this server\b[^.;\n]{0,30}\bwithout auth|\bmailing to remote domains not supported\b|\bno longer relays?\b/,
  ],
  // A login the server asks for ("If MAIL FROM is local then you must authenticate"), or one it refused,
  // as servers and mail programs word it ("Authentication failed", "Autenticazione non riuscita col
  // server di posta in uscita", "Login to server … failed", "password non corretta").
  [
    'securityerror',
    /\b(?:authentication|login|log-in|sign-?in) (?:failed|failure|unsuccessful|error|refused|rejected|problem)\b|\bapplication[- ]specific password required\b|\bweb login required\b|\b(?:does not support|non supporta) (?:password authentication|l'autenticazione tramite password)\b|\bimpossibile (?:autenticarsi|eseguire l'autenticazione)\b|\b(?:autenticazione|accesso|login)\b[^.;\n]{0,15}\b(?:non riuscit[oa]|fallit[oa]|rifiutat[oa])\b|\berrore (?:di|nell'|dell')(?: )?(?:autenticazione|accesso|login)\b|\bproblema di accesso\b|\b(?:incorrect|wrong|invalid|bad) (?:user ?name|login|password|credentials)\b|\b(?:client|user|you are) not authenticated\b|\brichiede (?:l')?autenticazione\b|\brequires? authentication\b|\b(?:must|need to|required to) (?:authenticate|log ?in)\b|\bauthentication (?:is )?required\b/,
  ],
  [
    'toomanyconn',
    /\bconcurrency limit\b|\btroppe connessioni\b|\b(?:numero massimo|maximum number) (?:di|of) conne(?:ssioni|ctions)\b|\bconnection (?:rate )?limit|\btoo many (?:connections|sessions)\b|\bconcurrent (?:sessions|connections)\b/,
  ],
  [
    'speeding',
    /\b(?:frequency|volume)(?: or volume)? too high\b|\btoo many requests\b|\bnumero massimo di (?:messaggi|e-?mail|destinatari|invii)\b|\bquota di invio\b|\blimite (?:di|degli|dei) invi[oi]\b|\b(?:superat[oa]|raggiunt[oa])\b[^.;\n]{0,30}\blimite (?:di|dei|degli) (?:invio|invii|messaggi|destinatari)\b|\brate[- ]?limit|\btoo (?:quickly|fast)\b|\bthrottl|\bdaily\b[^.;\n]{0,30}\b(?:limit|quota)\b|\bsending quota\b|\bexceeded the max(?:imum)?\b[^.;\n]{0,40}\bper (?:minute|hour|day)\b|\btoo many (?:messages|e-?mails|mails)\b(?! in (?:the |this |your )?(?:mailbox|folder|inbox))|\b(?:numero eccessivo|troppi) (?:di )?(?:messaggi|e-?mail|invii)\b|\bunusual rate\b|\boutgoing (?:message |mail |e-?mail )?limits?\b|\blimit on the number of (?:allowed )?(?:outgoing |sent )?(?:messages|e-?mails|mails|recipients)\b|\b(?:only )?[0-9]{1,6} (?:messages|e-?mails|mails|recipients) (?:per|a|each) (?:day|hour|minute)\b/,
  ],
  // A file type the site refuses, even where its words call the list a blacklist.
  [
    'policyviolation',
    /\b(?:blacklisted|banned|forbidden|prohibited|dangerous) (?:file )?(?:extension|attachment|file ?type)s?\b/,
  ],
  // A greeting the client skipped: it spoke before saying HELO.
  ['syntaxerror', /\b(?:helo|ehlo) required\b|\b(?:send|say) (?:helo|ehlo) first\b/],
  // The sending server refused for the name it gave in HELO ("Please use your real hostname when
  // saying HELO", "HELO … is not a fully qualified domain name"), as Sisimai reads a refusal at HELO.
  [
    'blocked',
    /\b(?:real|valid|proper|fully[- ]qualified) (?:host ?name|domain name|fqdn)\b[^.;\n]{0,30}\b(?:helo|ehlo)\b|\b(?:helo|ehlo)\b[^.;\n]{0,60}\bnot (?:a )?(?:valid |fully[- ]qualified )(?:host ?name|domain name|fqdn)\b|\bbad helo\b/,
  ],
  // The sending IP or site refused: listed ("Listed by CSS"), dynamic, harvesting addresses, or named as blocked.
  [
    'blocked',
    /\b(?:ip|host ?name)\b(?:[^.;\n]|\.(?=\w)){0,80}\babusive\b|\b(?:[0-9x]{1,3}\.){3}[0-9x]{1,3}\]? (?:is|has been|was) (?:blocked|banned|blacklisted|blocklisted)\b|\b(?:vietat[oa]|bloccat[oa]|bannat[oa])\b[^.;\n]{0,30}\bip\b|\b(?:block ?list|black ?list|blocked by|open (?:proxy|relay)|block has been placed)|\bip\b.{0,40}\bblocked\b|\bblocked\b.{0,40}\bip\b|\b(?:dynamic|residential) (?:ip|address)|\bdirectory harvest|\bnamespace mining\b|\b(?:site|server|network)\b[^.;\n]{0,20}\b(?:has been|is|was) (?:blocked|banned|blacklisted)\b|\bip\b[^.;\n]{0,30}\b(?:bloccat[oa]|bloqu[ée]e?|bloquead[oa]|gesperrt|zablokowan[ey])|\blisted (?:by|in|on|at) (?:the )?(?:spamhaus|zen|sbl|xbl|pbl|css|spamcop|sorbs|barracuda|uceprotect|psbl|dnsbl|rbl)\b/,
  ],
  // A message its headers break the rules for ("Subject contains invalid characters").
  [
    'notcompliantrfc',
    /\bmissing required headers?\b|\bheader syntax\b|\bmaximum allowed line length\b|\bheader '?(?:from|date|to|message-id|subject)'? (?:is )?missing\b|\b'?(?:from|date|to|message-id)'? header\b[^.;\n]{0,20}\b(?:is )?missing\b|\bmissing (?:the |a )?(?:valid )?'?(?:from|date|message-id)'? header\b|\b(?:subject|header)\b[^.;\n]{0,30}\b(?:contains? )?(?:invalid|illegal|non-ascii) (?:characters?|encoding)\b/,
  ],
  // The recipient's own choice: the sender is on their block list, or a filter rule the message matched.
  [
    'filtered',
    /\b(?:admin|domain'?s|recipient'?s|personal|policy level|organi[sz]ation'?s) (?:block ?list|black ?list)\b|\bblocked senders? list\b|\brecipient block policy\b|\brejected by sieve\b|\bmatch(?:es|ed)? (?:up to )?(?:the |a |an )?(?:[a-z]{1,20} )?filter(?:ing)? rules?\b|\b(?:does ?n[o']t|do not) (?:want|wish to receive) (?:your|this|the sender'?s?) (?:e-?)?mail\b|\bdelivery to this (?:address|recipient) is restricted\b|\bwas automatically rejected\b|\b(?:does not|doesn'?t) accept (?:e-?mails?|messages?|mail) from (?:you|your address|this (?:sender|address))\b|\bnot (?:authori[sz]ed|allowed|permitted) to send to this recipient\b|\b(?:are|is) not accepting (?:e-?)?mail from\b|受信拒否|수신차단|拒收/,
  ],
  ['spamdetected', /\bunsolicited\b|\bspam\b|\b(?:inappropriate|prohibited|sensitive) (?:words|content)\b/],
  // A rule of the receiving site, such as the kinds of attachment it takes, or forwarding outside it.
  [
    'policyviolation',
    /\s-\sbanned: |\bdoes not allow (?:automatic )?external forwarding\b|\bpolicy (?:that )?prohibits\b|\bprohibited by (?:the |our )?policy\b|\b(?:attachments?|attach(?:ment)? types?|file (?:types?|extensions?))\b[^.;\n]{0,30}\b(?:not (?:allowed|permitted|accepted)|prohibited|disallowed)|\bdisallowed attach|\b(?:illegal|forbidden|prohibited|banned) (?:attachments?|file types?)\b|\b(?:reject(?:ed)?|refused|denied) (?:for|due to|by) (?:local |our )?policy(?: reasons?)?\b|\battachment (?:content )?guidelines\b/,
  ],
  // Tried for as long as the queue allows, then given up: "Could not deliver for the last 432000 seconds".
  [
    'expired',
    /\bexceeded (?:the )?max(?:imum)? time\b|\b(?:despite|after) repeated attempts\b|\bnonostante i ripetuti tentativi\b|\bmessaggio scaduto\b|\b(?:tempo|termine) (?:di consegna |di recapito )?scaduto\b(?! dal server)|\bnon ha accettato le nostre richieste\b|\b(?:could not|couldn'?t|unable to|failed to) (?:be )?deliver(?:ed)?\b[^.;\n]{0,30}\bfor (?:the last |more than )?[0-9]+ (?:seconds?|minutes?|hours?|days?)\b|\b(?:been )?too long in (?:the )?queue\b|\bexceeded (?:the )?max(?:imum)? (?:number of )?delivery attempts\b|\bafter [0-9]{1,4} attempt\(?s?\)? to deliver over a period of\b/,
  ],
  // A loop, or a connection that could not be made or broke off, in the words of mail programs'
  // windows too ("Outlook cannot connect to your outgoing (SMTP) e-mail server", Thunderbird's
  // "the connection to Outgoing server (SMTP) … was lost"), in the languages of the people who paste them.
  [
    'networkerror',
    /\bnetwork error\b|\berror connecting to\b|\bconnessione rifiutata\b|\bconnection lost\b|\bfailed: (?:read|write) error\b|\bexecution expired\b|\bhost not reachable\b|\bgetaddrinfo\b[^\n]{0,80}\bfailed\b|\bserver\b[^.;\n]{0,30}\b(?:non (?:è )?raggiungibile|not reachable|unreachable)\b|\boperation has timed out\b|\bconnection to the server has been (?:stopped|interrupted)\b|\bconnection refused\b(?! by)|\bsuperato il tempo di attesa\b|\bserver\b[^.;\n]{0,40}\b(?:non risponde|is not responding|not responding)\b|\btimeout della connessione\b|\bconnessione (?:scaduta|interrotta)\b|\b(?:mail|email|routing) loop\b|\bnetwork is (?:down|unreachable)\b|\bexceeded [0-9]{1,3} hops\b|\b(?:failed|unable|could not|couldn't|cannot|can't)\b[^.;\n]{0,20}\b(?:to )?connect to\b|\bconnecting to\b(?:[^.;\n]|\.(?=\w)){0,80}\bfailed\b|\bconnection to (?:the )?(?:outgoing |incoming )?(?:mail )?server\b(?:[^.;\n]|\.(?=\w)){0,80}\b(?:was )?(?:lost|interrupted|reset|timed out)\b|\bimpossibile connettersi al server\b|\bconnessione al server\b(?:[^.;\n]|\.(?=\w)){0,80}\b(?:persa|interrotta|(?:è )?scaduta|non (?:è )?riuscita|fallita)(?=[^\w]|$)|\berrore durante la connessione\b|\berror (?:when|while) connecting\b|\b(?:connection|connessione) (?:closed|chiusa) (?:by|dall'|dal) ?(?:the )?(?:remote host|host remoto|server)\b|\bverbindung zum (?:postausgangs|posteingangs)?server\b(?:[^.;\n]|\.(?=\w)){0,80}\b(?:fehlgeschlagen|unterbrochen|verloren)\b|\bimpossible de se connecter au serveur\b|\bconnexion au serveur\b(?:[^.;\n]|\.(?=\w)){0,80}\b(?:perdue|interrompue)\b|\bno se (?:puede|pudo) conectar (?:al|con el) servidor\b/,
  ],
  // The program that delivers into the mailbox failed: a pipe, or a command's exit status.
  [
    'mailererror',
    /\(pipe\)[^.;\n]{0,40}\bfailed\b|\bexit(?:ed)? (?:status|code)\b[ \t:=]{0,3}[0-9]{1,3}\b|\bdelivery program(?:\(s\)|s)? failed\b|\bexited with (?:an unknown )?value\b|\bcan'?t exec\b/,
  ],
  [
    'systemerror',
    /\binternal server error\b|\binternal error\b|\[serverbug\]|\berror in processing\b|\b(?:temporary )?system (?:problem|failure|error)\b|\brequested action aborted\b|\bresource temporarily unavailable\b/,
  ],
]

/**
 * Each family's words with, for the first family of a reason, the words of the finer readings that
 * name it (reason-details.ts, `namesReason`): a mail program's window words are written once, there.
 */
const WORDS: readonly [BounceReason, readonly RegExp[]][] = FAMILIES.map(([reason, words], index) => {
  const first = FAMILIES.findIndex(([family]) => family === reason) === index
  const naming = REASON_DETAILS.filter((detail) => detail.namesReason && detail.reason === reason)
  return [reason, first ? [words, ...naming.flatMap((detail) => detail.patterns)] : [words]]
})

/** How much of the server's text the plain words are looked for in. */
const READ_CHARS = 4000

/** Words of a sign-in: an account "disabled" there is the sender's own, not a recipient's mailbox. */
const SIGN_IN_WORDS = /\bauth|\blog ?in\b|\bpassword\b|\bsign[- ]?in\b|\bcredential/

/**
 * The reason a family of plain words names in lower-case server text, or null; a reason the phrase
 * lists rule out (their `isnot`) is not named.
 */
export function plainWordsReason(lowerText: string): BounceReason | null {
  const text = lowerText.slice(0, READ_CHARS)
  const signIn = SIGN_IN_WORDS.test(text)
  const ruledOut = (reason: BounceReason) =>
    (reason === 'suspend' && signIn) ||
    (REASON_PHRASES[reason]?.isnot?.some((phrase) => text.includes(phrase)) ?? false)
  return (
    WORDS.find(([reason, words]) => !ruledOut(reason) && words.some((pattern) => pattern.test(text)))?.[0] ??
    null
  )
}

/** Where the plain words of a reason stand in lower-case server text, as [start, end); null when they do not. */
export function plainWordsSpan(reason: BounceReason, lowerText: string): [number, number] | null {
  const text = lowerText.slice(0, READ_CHARS)
  const words = WORDS.find(([family]) => family === reason)?.[1] ?? []
  const found = words.map((pattern) => pattern.exec(text)).find((match) => match !== null)
  return found ? [found.index, found.index + found[0].length] : null
}
