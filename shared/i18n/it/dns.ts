/** Testi dei risultati DNS e di registrazione del dominio, con i rimedi (italiano). */
export default {
  outcome: {
    ok: 'Il DNS ha risposto per {{name}} ({{type}}).',
    nxdomain: 'Il nome {{name}} non esiste nel DNS.',
    nodata: 'Il nome {{name}} esiste, ma non ha record {{type}}.',
    servfail:
      'Il server DNS {{server}} non è riuscito a rispondere su {{name}} (SERVFAIL). Di solito vuol dire che i server DNS del dominio sono guasti o irraggiungibili.',
    refused: 'Il server DNS {{server}} si è rifiutato di rispondere su {{name}} (REFUSED).',
    timeout:
      'Dal server DNS {{server}} non è arrivata in tempo nessuna risposta su {{name}}, neanche riprovando.',
    'cname-loop':
      'Il nome {{name}} porta a se stesso, in cerchio (un ciclo di CNAME). Così non arriva mai a un indirizzo vero.',
    malformed: 'Il server DNS {{server}} ha mandato qualcosa che non è una risposta valida su {{name}}.',
    aborted: 'Il controllo è stato fermato prima che arrivasse la risposta su {{name}}.',
  },
  common: {
    internalTitle: 'Questo controllo non è potuto partire',
    internalDetail: 'Dentro MailDoctor è successo qualcosa di imprevisto: {{reason}}',
  },
  mx: {
    errorTitle: 'Non siamo riusciti a leggere dove va la posta di {{domain}}',
    nxdomainTitle: 'Il dominio {{domain}} non esiste',
    nxdomainDetail:
      'Il DNS dice che non esiste nessun dominio {{domain}}. Controlla come è scritto; se è giusto, il dominio potrebbe essere scaduto o mai registrato, e nessuna email può arrivarci.',
    nullTitle: '{{domain}} rifiuta di proposito tutta la posta',
    nullDetail:
      'Il dominio ha un record "null MX" (un solo record MX che punta a "."), che dice a tutti che non accetta posta. Se qui devi ricevere email, sostituiscilo con i record MX del tuo fornitore.',
    okTitle: 'La posta di {{domain}} sa dove andare ({{count}} MX)',
    okDetail:
      'Gli altri server consegnano la posta di {{domain}} a: {{hosts}} (prima il numero più basso). TTL {{ttl}} s.',
    ipLiteralTitle: 'Un record MX indica un numero invece di un nome: {{host}}',
    ipLiteralDetail:
      'Un record MX deve indicare il nome di un server (come mx1.example.com), non un indirizzo IP come {{host}}. Molti server ignorano un record così.',
    fallbackTitle: '{{domain}} non ha un record MX',
    fallbackDetail:
      'Senza record MX, gli altri server provano a consegnare direttamente all’indirizzo del dominio ({{addresses}}), che di solito è un server web e non accetta posta.',
    noneTitle: '{{domain}} non ha un record MX, quindi la posta non può essere consegnata',
    noneDetail:
      'Il tuo dominio non ha un record MX né un indirizzo proprio, quindi gli altri server non sanno dove consegnare la tua posta.',
    cnameTitle: 'Il server della posta in arrivo {{host}} è solo un altro nome (CNAME)',
    cnameDetail:
      'Il record MX indica {{host}}, che è solo un altro nome (CNAME) di {{target}}. Le regole vogliono il nome vero del server. Alcuni mittenti non consegnano.',
  },
  mxHosts: {
    okTitle: '{{host}} si trova',
    okDetail: 'Il server di posta {{host}} ha l’indirizzo {{addresses}}. TTL {{ttl}} s.',
    missingTitle: 'Il server di posta {{host}} non si trova',
    nxdomainDetail:
      'Il tuo record MX indica {{host}}, ma quel nome non esiste, quindi la posta mandata lì si perde o torna indietro.',
    nodataDetail:
      'Il tuo record MX indica {{host}}, ma quel nome non ha un indirizzo, quindi nessun server può consegnarvi la posta.',
    errorTitle: 'Non siamo riusciti a trovare l’indirizzo di {{host}}',
    privateTitle: 'Il server di posta {{host}} punta dentro una rete privata',
    privateDetail:
      'Il tuo record MX indica {{host}}, il cui indirizzo {{addresses}} appartiene a una rete privata: nessuno fuori dalla tua rete può consegnarvi la posta.',
  },
  provider: {
    recognisedTitle: 'La tua posta è gestita da {{provider}}',
    recognisedDetail: 'I tuoi record MX ({{hosts}}) appartengono a: {{offers}}.',
    unknownTitle: 'Non abbiamo riconosciuto il tuo fornitore di posta',
    unknownDetail: 'I tuoi record MX puntano a {{hosts}}, che non è tra i fornitori che conosciamo.',
    matchTitle: 'I tuoi record MX sono quelli che {{provider}} si aspetta',
    matchDetail: 'Il dominio punta a {{hosts}}, esattamente come chiede {{provider}}.',
    mismatchTitle: 'I tuoi record MX non corrispondono a quelli che {{provider}} si aspetta',
    mismatchDetail: {
      add: 'Perché {{provider}} riceva la tua posta, aggiungi alla zona DNS: {{add}}.',
      remove: 'Perché {{provider}} riceva la tua posta, togli dalla zona DNS: {{remove}}.',
      change: 'Perché {{provider}} riceva la tua posta, nella zona DNS cambia: {{change}}.',
      add_remove:
        'Perché {{provider}} riceva la tua posta, modifica la zona DNS. Aggiungi: {{add}}. Togli: {{remove}}.',
      add_change:
        'Perché {{provider}} riceva la tua posta, modifica la zona DNS. Aggiungi: {{add}}. Cambia: {{change}}.',
      remove_change:
        'Perché {{provider}} riceva la tua posta, modifica la zona DNS. Togli: {{remove}}. Cambia: {{change}}.',
      add_remove_change:
        'Perché {{provider}} riceva la tua posta, modifica la zona DNS. Aggiungi: {{add}}. Togli: {{remove}}. Cambia: {{change}}.',
    },
  },
  srv: {
    autodiscoverErrorTitle: 'Non siamo riusciti a leggere il dato per configurare Outlook ({{name}})',
    autodiscoverFoundTitle: 'Il tuo dominio aiuta Outlook a configurarsi da solo',
    autodiscoverFoundDetail:
      'I programmi di posta come Outlook si configurano da soli grazie a {{name}}: {{records}}.',
    autodiscoverAbsentTitle: 'Nessun dato per configurare Outlook da solo',
    autodiscoverAbsentDetail:
      'Non c’è un record {{name}}. Serve solo ad alcune offerte (come Exchange), perché Outlook si configuri da solo.',
    autodiscoverOkTitle: 'Il dato per configurare Outlook è giusto',
    autodiscoverOkDetail: '{{name}} è {{records}}, come si aspetta {{provider}}.',
    autodiscoverWrongTitle: 'Il dato per configurare Outlook è sbagliato',
    autodiscoverWrongDetail:
      '{{name}} è {{records}}, ma {{provider}} si aspetta {{expected}}. Outlook potrebbe non riuscire a configurarsi.',
    autodiscoverMissingTitle: 'Manca il dato per configurare Outlook da solo',
    autodiscoverMissingDetail:
      '{{provider}} ha bisogno del record {{name}} = {{expected}} perché Outlook e i telefoni si configurino da soli. Non c’è.',
    mailErrorTitle: 'Non siamo riusciti a leggere i record dei servizi di posta ({{name}})',
    mailFoundTitle: 'Il tuo dominio dice ai programmi di posta dove sono i server',
    mailFoundDetail: {
      offered: 'Offerti: {{offered}}.',
      refused: 'Indicati come non offerti: {{refused}}.',
      offered_refused: 'Offerti: {{offered}}. Indicati come non offerti: {{refused}}.',
    },
    mailAbsentTitle: 'Nessun record dei servizi di posta',
    mailAbsentDetail:
      'Il dominio non pubblica i record che permettono ai programmi di posta di trovare da soli i server. Sono facoltativi: i parametri si scrivono a mano nel programma.',
  },
  spf: {
    errorTitle: 'Non siamo riusciti a leggere il record SPF di {{domain}}',
    missingTitle: '{{domain}} non dice quali server possono spedire la sua posta',
    missingDetail:
      'Manca il record SPF, quindi chi riceve non distingue la tua posta vera dai falsi e può metterla nello spam. Andrebbe bene un record così: {{suggestion}}',
    missingDetailNoProvider:
      'Manca l’elenco di chi può inviare per il dominio (record SPF). Chi riceve non distingue la tua posta vera dai falsi, e può metterla nello spam. Aggiungi un record TXT su {{domain}} che inizia con "v=spf1". Poi indica i server del fornitore: le sue guide danno la voce esatta da copiare. Alla fine metti "~all".',
    multipleTitle: '{{domain}} ha {{count}} record SPF invece di uno',
    multipleDetail:
      'Con più di un record SPF, chi riceve li considera tutti guasti (permerror): {{records}}. Uniscili in uno solo.',
    loopTitle: 'Il tuo record SPF porta a se stesso',
    loopDetail:
      'Seguendo le sue voci si torna a un record già visto: {{chain}}. Chi riceve lo tratta come un errore.',
    tooManyLookupsTitle: 'Il tuo record SPF richiede {{count}} ricerche DNS; il limite è {{limit}}',
    tooManyLookupsDetail:
      'Chi riceve si ferma dopo {{limit}} ricerche e considera il record guasto. Il limite viene superato dentro {{include}} (percorso: {{chain}}).',
    tooManyVoidTitle: 'Il tuo record SPF cita {{count}} nomi che non esistono (limite {{limit}})',
    tooManyVoidDetail:
      'Questi nomi non danno risposta: {{names}}. Oltre {{limit}} nomi così chi riceve considera il record guasto.',
    includeMissingTitle: 'Il tuo record SPF cita {{include}}, che non ha un record SPF',
    includeMissingDetail:
      'Il record dice "include:{{include}}", ma quel nome non ha un record SPF, quindi chi riceve considera guasto il tuo.',
    permerrorTitle: 'Il tuo record SPF non è valido',
    permerrorDetail: 'Chi riceve lo scarterebbe come guasto. Il verificatore SPF dice: {{reason}}',
    plusAllTitle: 'Il tuo record SPF permette a chiunque di spedire a tuo nome',
    plusAllDetail:
      'Finisce con "+all", che autorizza tutti i server del mondo: {{record}}. Usa "~all" o "-all".',
    neutralAllTitle: 'Il tuo record SPF non dice di no agli altri server',
    neutralAllDetail: 'Finisce con "?all", che non protegge: {{record}}. Usa "~all" o "-all".',
    noAllTitle: 'Il tuo record SPF non ha una regola finale',
    noAllDetail: 'Non finisce con "~all" o "-all", quindi non dice nulla degli altri server: {{record}}',
    providerMissingTitle: 'Il tuo record SPF non cita {{provider}}',
    providerMissingDetail:
      'La posta spedita tramite il tuo fornitore potrebbe sembrare falsa. Aggiungi {{include}} al record: {{record}}',
    okTitle: 'Il record SPF di {{domain}} va bene',
    okDetail: '{{record}} — {{count}} ricerche DNS sulle {{limit}} permesse.',
    okDetail_one: '{{record}} — {{count}} ricerca DNS sulle {{limit}} permesse.',
  },
  dmarc: {
    errorTitle: 'Non siamo riusciti a leggere il record DMARC {{name}}',
    versionNotFirstTitle: 'Il tuo record DMARC è scritto nell’ordine sbagliato',
    versionNotFirstDetail:
      'Un record DMARC deve cominciare con "v=DMARC1", altrimenti viene ignorato: {{record}}',
    missingTitle: '{{domain}} non ha un record DMARC',
    missingDetail:
      'I grandi fornitori (Gmail, Yahoo, Microsoft) se lo aspettano, e senza la tua posta finisce più facilmente nello spam. Per cominciare basta "v=DMARC1; p=none".',
    multipleTitle: 'Ci sono {{count}} record DMARC invece di uno',
    multipleDetail: 'Con più di uno, chi riceve li ignora tutti: {{records}}',
    badPolicyTitle: 'Il tuo record DMARC non ha una regola valida',
    badPolicyDetail:
      'L’impostazione p= deve essere none, quarantine o reject; è "{{policy}}". Record: {{record}}',
    monitorTitle: 'DMARC è in sola osservazione',
    monitorDetail:
      'La regola è "none": chi riceve manda i rapporti ({{rua}}) ma non fa nulla contro la posta falsa. Record: {{record}}',
    okTitle: 'DMARC protegge il tuo dominio (regola {{policy}})',
    okDetail: 'Record: {{record}}. I rapporti vanno a {{rua}}; quelli sui singoli errori a {{ruf}}.',
    externalOkTitle: '{{reportDomain}} ha accettato di ricevere i tuoi rapporti DMARC',
    externalOkDetail: 'Il record {{name}} esiste, quindi i rapporti verranno mandati lì.',
    externalMissingTitle: '{{reportDomain}} non ha accettato di ricevere i tuoi rapporti DMARC',
    externalMissingDetail:
      'I rapporti per un altro dominio vengono mandati solo se quel dominio pubblica {{name}}. Non lo fa, quindi i rapporti indirizzati a {{reportDomain}} vanno persi.',
  },
  dkim: {
    errorTitle: 'Non siamo riusciti a leggere la chiave di firma "{{selector}}" (DKIM)',
    missingTitle: 'Nessuna chiave di firma con il nome "{{selector}}" (DKIM)',
    missingDetail:
      'Abbiamo cercato {{name}} e non c’è nessuna chiave. Verifica il nome con il tuo fornitore.',
    revokedTitle: 'La chiave di firma "{{selector}}" è stata ritirata (DKIM)',
    revokedDetail:
      '{{name}} ha una chiave vuota (p=), che vuol dire "non fidarti delle firme fatte con questa chiave". La posta ancora firmata così non passa il controllo.',
    unreadableTitle: 'La chiave di firma "{{selector}}" non si riesce a leggere (DKIM)',
    unreadableDetail:
      'La chiave in {{name}} è rovinata (spesso se ne perde un pezzo quando la si incolla), quindi le firme non passano.',
    shortTitle: 'La chiave di firma "{{selector}}" è troppo corta (DKIM, {{bits}} bit)',
    shortDetail:
      'Chi riceve ignora le chiavi sotto i 1024 bit, quindi le tue firme non contano. Crea una chiave da 2048 bit.',
    weakTitle: 'La chiave di firma "{{selector}}" è un po’ corta (DKIM, {{bits}} bit)',
    weakDetail: 'Funziona ancora, ma oggi si consigliano 2048 bit. Chiave: {{name}}',
    okTitle: 'Chiave di firma "{{selector}}" trovata (DKIM, {{bits}} bit)',
    okDetail: 'Chi riceve può verificare la posta firmata con questa chiave. Chiave: {{name}} ({{keyType}}).',
    noneFoundTitle: 'Non abbiamo trovato chiavi di firma con i nomi più comuni (DKIM)',
    noneFoundDetail:
      'Abbiamo provato: {{selectors}}. Il tuo fornitore può usare un altro nome: di per sé non è un problema.',
  },
  mtaSts: {
    errorTitle: 'Non siamo riusciti a leggere il record MTA-STS {{name}}',
    absentTitle: 'Nessun record MTA-STS',
    absentDetail:
      'MTA-STS (facoltativo) chiede agli altri server di usare sempre la cifratura quando ti consegnano la posta. Non c’è un record {{name}}.',
    multipleTitle: 'C’è più di un record MTA-STS',
    multipleDetail: 'Con più di un record {{name}}, i mittenti ignorano MTA-STS.',
    noIdTitle: 'Il record MTA-STS non ha un id valido',
    noIdDetail:
      'Il record {{record}} ha bisogno di un "id=" fatto di lettere e cifre; così com’è viene ignorato.',
    okTitle: 'MTA-STS è annunciato',
    okDetail: '{{name}}: {{record}} (id {{id}}).',
  },
  ptr: {
    errorTitle: 'Non siamo riusciti a leggere il nome inverso di {{address}}',
    missingTitle: '{{address}} non ha un nome inverso',
    missingDetail:
      'L’indirizzo {{address}} non ha un record PTR ({{name}}). Molti server rifiutano la posta da un indirizzo senza.',
    okTitle: '{{address}} è {{name}}, in entrambe le direzioni',
    okDetail: 'Il nome inverso di {{address}} è {{names}}, che riporta allo stesso indirizzo.',
    mismatchTitle: 'Il nome inverso di {{address}} non riporta allo stesso indirizzo',
    mismatchDetail:
      '{{address}} dice di essere {{names}}, ma quel nome porta a {{forward}}. Molti server non si fidano di un indirizzo così.',
    mismatchNoAddressDetail:
      '{{address}} dice di essere {{names}}, ma quel nome non ha un indirizzo. Molti server non si fidano di un indirizzo così.',
  },
  dnsbl: {
    badAddressTitle: '"{{address}}" non è un indirizzo IP',
    badAddressDetail: 'Possiamo controllare nelle blacklist solo indirizzi numerici come 192.0.2.7.',
    cleanTitle: '{{address}} non è in {{list}}',
    cleanDetail: {
      mx: 'Il tuo server di posta {{address}} non è nella lista {{list}} ({{zone}}).',
      given: 'L’indirizzo {{address}} non è nella lista {{list}} ({{zone}}).',
    },
    errorTitle: 'Non siamo riusciti a chiedere a {{list}} di {{address}}',
    listedTitle: '{{address}} è nella blacklist {{list}}',
    listedDetail: {
      mx: 'Il tuo server di posta {{address}} è nella lista {{list}} ({{sublists}}; codice {{codes}}). I server che usano questa lista rifiutano la sua posta.',
      given:
        'L’indirizzo {{address}} è nella lista {{list}} ({{sublists}}; codice {{codes}}). La posta spedita da lì viene rifiutata dai server che usano questa lista.',
    },
    refusedTitle: '{{list}} si è rifiutata di rispondere su {{address}}',
    refusedDetail:
      'La lista ha risposto {{codes}}, che non è un inserimento: vuol dire che non risponde a questo server DNS. La lista respinge i server DNS pubblici e chi fa troppe domande. Non sappiamo se {{address}} è in lista.',
    oddTitle: '{{list}} ha dato una risposta che non sappiamo leggere per {{address}}',
    oddDetail:
      'La risposta è stata {{codes}}, che non è un codice di questa lista. Forse il tuo server DNS cambia le risposte. Prova con un altro.',
  },
  ns: {
    errorTitle: 'Non siamo riusciti a trovare i server DNS di {{domain}}',
    nxdomainTitle: 'Il dominio {{domain}} non ha server DNS',
    nxdomainDetail: 'Il dominio non esiste nel DNS, quindi non ha server a cui chiedere.',
    noneTitle: '{{domain}} non ha server DNS propri',
    noneDetail:
      '{{domain}} fa parte di un dominio più grande; i suoi record stanno sui server DNS di quel dominio.',
    agreeTitle_one: 'Il server DNS del tuo dominio risponde',
    agreeTitle: 'Tutti i {{count}} server DNS del tuo dominio sono d’accordo',
    agreeDetail: '{{servers}} danno tutti gli stessi record MX: {{mx}}. TTL {{ttl}} s.',
    disagreeTitle: 'I server DNS del tuo dominio non sono d’accordo ({{count}} interrogati)',
    disagreeDetail:
      'Ogni server dà record MX diversi: {{servers}}. Probabilmente una modifica recente si sta ancora diffondendo (TTL {{ttl}} s), oppure un server è rimasto indietro.',
    silentTitle: 'Il server DNS {{host}} non ha risposto',
    noAddressDetail: 'Il server DNS {{host}} non ha un indirizzo, quindi nessuno può interrogarlo.',
  },
  registration: {
    failedTitle: 'Non siamo riusciti a chiedere al registro di {{domain}}',
    failedDetail:
      'Il servizio di registrazione non ha risposto come dovrebbe. Gli altri controlli non ne risentono.',
    notFoundTitle: 'Il registro non ha notizia di {{domain}}',
    notFoundDetail:
      'Il servizio di registrazione non conosce questo dominio. Potrebbe non essere registrato, oppure il suo registro non offre questo servizio.',
    clientHoldTitle: '{{domain}} è stato sospeso dal suo registrar',
    clientHoldDetail:
      'Il dominio è sospeso ({{status}}), quindi non funziona su internet: niente sito, niente posta. Di solito succede dopo un rinnovo non pagato o un’email del titolare non confermata.',
    serverHoldTitle: '{{domain}} è stato sospeso dal suo registro',
    serverHoldDetail:
      'Il dominio è sospeso ({{status}}), quindi non funziona su internet: niente sito, niente posta.',
    redemptionTitle: '{{domain}} è scaduto e sta per essere cancellato',
    redemptionDetail:
      'Il dominio è nel periodo di riscatto ({{status}}; scadenza {{date}}). Si può ancora recuperare, a pagamento, tramite il tuo registrar.',
    pendingDeleteTitle: '{{domain}} è in cancellazione',
    pendingDeleteDetail:
      'Il dominio è scaduto e viene cancellato ({{status}}; scadenza {{date}}). La posta verso di lui non può funzionare.',
    expiredTitle: '{{domain}} è scaduto il {{date}}',
    expiredDetail: 'Un dominio scaduto smette di ricevere posta. Rinnovalo presso il tuo registrar.',
    expiresSoonTitle: '{{domain}} scade il {{date}}',
    expiresSoonDetail: 'Mancano solo {{days}} giorni. Rinnovalo in tempo, o la posta si fermerà.',
    activeTitle: '{{domain}} è registrato fino al {{date}}',
    activeDetail: 'La registrazione è attiva (mancano {{days}} giorni).',
    activeNoDateTitle: '{{domain}} è registrato',
    activeNoDateDetail:
      'Il registro indica il dominio come attivo (stato: {{status}}); non dà una data di scadenza.',
  },
}
