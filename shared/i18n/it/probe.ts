/** Testi delle prove di connessione, di accesso, dell'indirizzo e di andata e ritorno (italiano). */
export default {
  ok: {
    title: '{{service}} su {{host}} porta {{port}} risponde',
    detailTls:
      'Ci siamo collegati in {{connectMs}} ms e il server ci ha salutato dopo {{bannerMs}} ms. La connessione è cifrata ({{protocol}}) con un certificato valido fino al {{validTo}}. Prova completa: {{totalMs}} ms.',
    detailPlain:
      'Ci siamo collegati in {{connectMs}} ms e il server ci ha salutato dopo {{bannerMs}} ms. Prova completa: {{totalMs}} ms.',
  },
  failure: {
    'bad-input': {
      title: 'La prova non è potuta partire',
      detail:
        'Qualcosa di quanto scritto per questa prova contiene un a capo o un altro carattere invisibile. Scrivilo di nuovo.',
    },
    'name-not-found': {
      title: 'Il nome del server {{host}} non esiste',
      detail:
        'Abbiamo cercato {{host}} e il sistema dei nomi di internet non ha un indirizzo per questo nome. Forse è scritto male, oppure il dominio non è configurato.',
    },
    'dns-timeout': {
      title: 'La ricerca di {{host}} ha richiesto troppo tempo',
      detail:
        'Non siamo riusciti a trovare in tempo l’indirizzo di {{host}}. La tua connessione a internet o i suoi server DNS potrebbero avere problemi.',
    },
    'connect-timeout': {
      title: 'Nessuna risposta da {{host}} sulla porta {{port}}',
      detail:
        'La connessione a {{host}} sulla porta {{port}} è scaduta: non ha risposto nessuno. Un firewall (tuo, della tua rete o del server) potrebbe bloccare questa porta, oppure il server è spento.',
      detailPort25:
        'La connessione a {{host}} sulla porta {{ports.smtp}} è scaduta. Molte linee internet di casa e dei telefoni bloccano questa porta. Succede spesso, e di solito il server di posta non ha problemi. Il tuo programma di posta dovrebbe inviare tramite la porta {{ports.submission}} o {{ports.submissions}}.',
    },
    'connect-refused': {
      title: '{{host}} ha rifiutato la connessione sulla porta {{port}}',
      detail:
        'Il server {{host}} ha risposto, ma sulla porta {{port}} nessuno accetta connessioni. Il numero di porta nelle impostazioni potrebbe essere sbagliato, oppure il servizio di posta è fermo.',
    },
    'connect-unreachable': {
      title: '{{host}} non è raggiungibile',
      detail:
        'In questo momento il tuo computer non ha una strada verso {{host}}. Controlla di essere in linea; una VPN o una restrizione della rete potrebbe essere d’ostacolo.',
    },
    'private-address': {
      title: '{{host}} punta dentro una rete privata',
      detail:
        'Il nome {{host}} porta solo a {{server}}, un indirizzo di una rete privata: nessuno fuori dalla tua rete può consegnare posta lì. Non ci siamo collegati.',
    },
    'no-greeting': {
      title: '{{host}} ha accettato la connessione ma non ha detto nulla',
      detail:
        'Un server di posta saluta appena ci si collega. {{host}} sulla porta {{port}} è rimasto in silenzio fino al nostro limite di tempo. Il server potrebbe essere sovraccarico, oppure qualcosa nel mezzo trattiene la connessione.',
    },
    'greeting-rejected': {
      title: '{{host}} per ora rifiuta le connessioni',
      detail:
        'Il server {{host}} ha risposto con un rifiuto invece di un saluto: «{{server}}». Di solito significa che è occupato o in manutenzione, oppure che non accetta connessioni dalla tua rete.',
    },
    timeout: {
      title: '{{host}} ha smesso di rispondere',
      detail:
        'Il server {{host}} sulla porta {{port}} ha iniziato la conversazione ma poi non ha risposto in tempo a una nostra richiesta.',
    },
    closed: {
      title: '{{host}} ha chiuso la connessione',
      detail:
        'Il server {{host}} sulla porta {{port}} ha chiuso la connessione prima della fine della prova. Potrebbe essere sovraccarico, oppure non accetta connessioni dalla tua rete.',
    },
    'line-too-long': {
      title: '{{host}} ha inviato una risposta troppo lunga',
      detail:
        'Il server {{host}} ha inviato una riga più lunga di quanto un server di posta dovrebbe mai fare. Forse non è un server di posta, oppure funziona male. Abbiamo smesso di leggere per sicurezza.',
    },
    'reply-too-long': {
      title: '{{host}} non smetteva di rispondere',
      detail:
        'Il server {{host}} continuava a inviare righe della stessa risposta senza chiuderla. Ci siamo fermati a un limite di sicurezza. ({{server}})',
    },
    'malformed-reply': {
      title: '{{host}} ha risposto in un modo che i programmi di posta non capiscono',
      detail:
        'La risposta di {{host}} sulla porta {{port}} non segue il protocollo della posta ({{server}}). Potrebbe essere un altro tipo di server, oppure un apparecchio nel mezzo modifica il traffico.',
    },
    'command-rejected': {
      title: '{{host}} ha rifiutato una richiesta di base',
      detail: 'Il server {{host}} ha rifiutato una richiesta che ogni programma di posta fa: «{{server}}».',
    },
    'starttls-missing': {
      title: '{{host}} non offre la cifratura sulla porta {{port}}',
      detail:
        'Il server {{host}} sulla porta {{port}} non offre di passare a una connessione cifrata (STARTTLS). Una password inviata qui viaggerebbe senza protezione, quindi non l’abbiamo inviata. Usa invece la porta cifrata ({{ports.submissions}} per l’invio, {{ports.imaps}} per IMAP, {{ports.pop3s}} per POP3).',
    },
    'starttls-refused': {
      title: '{{host}} offre la cifratura ma poi la rifiuta',
      detail:
        'Il server {{host}} sulla porta {{port}} elenca STARTTLS ma ha rifiutato di avviarlo. Senza cifratura non inviamo una password.',
    },
    'tls-handshake': {
      title: 'La connessione cifrata con {{host}} non è riuscita',
      detail:
        'Non siamo riusciti a stabilire la cifratura con {{host}} sulla porta {{port}} ({{server}}). Forse la porta non usa SSL/TLS, oppure un antivirus o un firewall interferisce con le connessioni cifrate.',
    },
    aborted: {
      title: 'La prova di {{host}} è stata interrotta',
      detail:
        'La prova è stata annullata o ha esaurito il tempo prima di finire, quindi non sappiamo come si comporta {{host}}.',
    },
  },
  cert: {
    expired: {
      title: 'Il certificato di sicurezza di {{host}} è scaduto',
      detail:
        'Il certificato che dimostra che il server {{host}} è autentico è scaduto il {{validTo}}. I programmi di posta mostreranno un avviso o rifiuteranno di collegarsi. Il fornitore deve rinnovarlo. (Rilasciato a {{subject}} da {{issuer}}.)',
    },
    'not-yet-valid': {
      title: 'Il certificato di sicurezza di {{host}} non è ancora valido',
      detail:
        'Il certificato di {{host}} inizia dopo la data di questo computer. Controlla che data e ora del computer siano giuste; se lo sono, il fornitore deve correggere il certificato.',
    },
    'self-signed': {
      title: 'Il certificato di sicurezza di {{host}} è fatto in casa',
      detail:
        'Il server {{host}} presenta un certificato firmato da sé ({{subject}}), di cui nessun programma di posta può fidarsi. Forse stai usando un nome di server pensato per altro; altrimenti il fornitore deve installare un certificato vero.',
    },
    'untrusted-root': {
      title: 'Il certificato di sicurezza di {{host}} viene da un’autorità sconosciuta',
      detail:
        'Il certificato di {{host}} è stato rilasciato da {{issuer}}, di cui questo computer non si fida. Alcuni antivirus e reti aziendali sostituiscono i certificati in questo modo; altrimenti il fornitore deve correggerlo.',
    },
    'incomplete-chain': {
      title: 'Il certificato di sicurezza di {{host}} non si può verificare',
      detail:
        'Il certificato di {{host}} (rilasciato da {{issuer}}) non porta a un’autorità di cui questo computer si fida. Forse il server non manda il certificato intermedio, oppure chi l’ha rilasciato è sconosciuto. Alcuni programmi di posta lo rifiuteranno. Il fornitore deve completare la catena dei certificati del server.',
    },
    'wrong-name': {
      title: 'Il certificato di sicurezza è per un nome diverso da {{host}}',
      detail:
        'Ci siamo collegati a {{host}}, ma il suo certificato è per {{names}}. I programmi di posta lo segnalano. Di solito nelle impostazioni va usato uno di quei nomi come nome del server.',
    },
    other: {
      title: 'Il certificato di sicurezza di {{host}} non è accettato',
      detail:
        'Non è stato possibile verificare il certificato di {{host}} ({{code}}). I programmi di posta potrebbero mostrare un avviso o rifiutare la connessione.',
    },
  },
  auth: {
    ok: {
      title: 'L’accesso funziona su {{host}}',
      detail:
        'Il server {{host}} ha accettato nome utente e password ({{mechanism}}) su una connessione cifrata e verificata.',
    },
    'wrong-credentials': {
      title: 'Il server {{host}} ha rifiutato l’accesso',
      detail:
        'Il server ha risposto «{{server}}». Di solito la password o il nome utente (in genere l’indirizzo email completo) è sbagliato. La stessa risposta arriva anche quando l’account è bloccato per invio di spam o sospeso.',
    },
    'blocked-spam': {
      title: 'L’account sembra bloccato per invio di spam',
      detail:
        'Il server {{host}} ha rifiutato l’accesso e parla di spam o abusi: «{{server}}». I fornitori bloccano l’invio da un account che ha mandato spam, spesso perché la password è stata rubata.',
    },
    suspended: {
      title: 'L’account sembra sospeso o disattivato',
      detail: 'Il server {{host}} ha rifiutato l’accesso e dice che l’account non è attivo: «{{server}}».',
    },
    locked: {
      title: 'L’account sembra bloccato da una regola di sicurezza',
      detail:
        'Il server {{host}} ha rifiutato l’accesso e parla di un blocco o di troppi tentativi: «{{server}}». Spesso gli account vengono bloccati per un po’ dopo diverse password sbagliate.',
    },
    'app-password': {
      title: 'Questo account richiede una password per le app',
      detail:
        'Il server {{host}} chiede una password specifica per le app invece di quella solita: «{{server}}». Succede quando è attiva la verifica in due passaggi.',
    },
    'modern-auth-required': {
      title: '{{host}} non accetta più la password della casella dai programmi di posta',
      detail:
        'Il server {{host}} ha risposto “{{server}}”, oppure offre solo l’accesso tramite la pagina del fornitore (OAuth). La password può essere giusta. Il programma di posta deve entrare dalla pagina del fornitore: «Accedi con Microsoft» o «Accedi con Google». Oppure può usare una password per le app, se il fornitore la prevede.',
    },
    'wrong-or-app-password': {
      title: '{{host}} non ha accettato la password',
      detail:
        'Il server {{host}} ha risposto “{{server}}”. Forse la password è sbagliata. Oppure l’account ha la verifica in due passaggi. Allora vuole una password per le app, o l’accesso dalla pagina del fornitore.',
    },
    'wrong-or-modern-auth': {
      title: '{{host}} ha rifiutato l’accesso',
      detail:
        'Il server {{host}} ha risposto “{{server}}”. Forse il nome utente o la password sono sbagliati. Oppure i programmi di posta non possono più entrare con la password. Allora il programma deve entrare dalla pagina del fornitore.',
    },
    temporary: {
      title: 'Al momento non è stato possibile verificare l’accesso',
      detail:
        'Il server {{host}} ha avuto un problema temporaneo nel verificare l’accesso: «{{server}}». Riprova tra qualche minuto.',
    },
    'no-mechanism': {
      title: '{{host}} non permette l’accesso qui',
      detail:
        'Il server {{host}} sulla porta {{port}} non offre alcun metodo di accesso che possiamo usare su questa connessione. Usa invece la porta cifrata del servizio.',
    },
    'refused-plaintext': {
      title: 'Non abbiamo inviato la password: la connessione non è cifrata',
      detail:
        'La connessione a {{host}} sulla porta {{port}} non è cifrata, quindi chiunque lungo il percorso potrebbe leggere una password. Non la inviamo mai così. Usa la porta cifrata ({{ports.submissions}}, {{ports.imaps}} o {{ports.pop3s}}) o l’opzione STARTTLS nel programma di posta.',
    },
    'refused-unverified': {
      title: 'Non abbiamo inviato la password: l’identità del server non è dimostrata',
      detail:
        'Il certificato di {{host}} non si è potuto verificare (vedi la prova sopra), quindi non possiamo essere sicuri di parlare con il server vero. In questo caso non inviamo mai una password.',
    },
    'bad-input': {
      title: 'I dati di accesso contengono caratteri invisibili',
      detail: 'Il nome utente o la password contiene un a capo o un carattere simile. Scrivili di nuovo.',
    },
    'not-reached': {
      title: 'Non è stato possibile provare l’accesso',
      detail:
        'La connessione a {{host}} non è riuscita prima del passo di accesso, quindi non abbiamo potuto provare la password.',
    },
  },
  envelope: {
    accepted: {
      title: '{{host}} accetta posta per questo indirizzo',
      detail:
        'Abbiamo chiesto al server {{host}} se accetterebbe un messaggio per questo indirizzo, senza inviarlo, e ha detto di sì ({{code}} {{server}}).',
    },
    'unknown-recipient': {
      title: 'L’indirizzo non esiste su {{host}}',
      detail:
        'Il server {{host}} dice che questa casella non esiste ({{code}} {{enhanced}} {{server}}). L’indirizzo potrebbe essere scritto male, oppure la casella è stata eliminata.',
    },
    'invalid-address': {
      title: '{{host}} non accetta l’indirizzo così come è scritto',
      detail:
        'Il server {{host}} ha rifiutato l’indirizzo stesso ({{code}} {{enhanced}} {{server}}). Controlla come è scritto.',
    },
    'mailbox-full': {
      title: 'La casella su {{host}} è piena',
      detail: 'Il server {{host}} dice che la casella non ha più spazio ({{code}} {{enhanced}} {{server}}).',
    },
    policy: {
      title: '{{host}} rifiuta la nostra posta per una sua regola',
      detail:
        'Il server {{host}} ha rifiutato per una regola, per esempio una blacklist o un controllo sul mittente ({{code}} {{enhanced}} {{server}}).',
    },
    'sender-rejected': {
      title: '{{host}} ha rifiutato il mittente prima del destinatario',
      detail:
        'Il server {{host}} ha rifiutato l’indirizzo del mittente, quindi non è stato possibile controllare il destinatario ({{code}} {{enhanced}} {{server}}).',
    },
    temporary: {
      title: '{{host}} chiede di riprovare più tardi',
      detail:
        'Il server {{host}} ha dato un rifiuto temporaneo ({{code}} {{enhanced}} {{server}}). Alcuni server lo fanno apposta al primo tentativo; la posta vera viene ritentata da sola.',
    },
    rejected: {
      title: '{{host}} ha rifiutato questo indirizzo',
      detail: 'Il server {{host}} ha rifiutato l’indirizzo ({{code}} {{enhanced}} {{server}}).',
    },
    'bad-input': {
      title: 'Non è possibile provare questo indirizzo',
      detail:
        'Un indirizzo per questa prova contiene spazi, parentesi angolari o caratteri invisibili. Scrivilo di nuovo.',
    },
    'not-reached': {
      title: 'Non è stato possibile provare l’indirizzo',
      detail: 'La connessione a {{host}} non è riuscita prima che l’indirizzo potesse essere controllato.',
    },
  },
  roundTrip: {
    arrived: {
      title: 'Il messaggio di prova è arrivato in {{seconds}} s',
      detail:
        'Abbiamo inviato un messaggio di prova da {{address}} a sé stesso tramite {{submission}} e lo abbiamo trovato nella casella su {{mailbox}} dopo circa {{seconds}} s. È già stato cancellato.',
    },
    'not-sent': {
      title: 'Non è stato possibile inviare il messaggio di prova',
      detail:
        'L’invio tramite {{submission}} non è riuscito ({{reason}}: {{server}}), quindi non è stato inviato nulla. Al momento l’invio da questo account non funziona.',
    },
    'not-received': {
      title: 'Il messaggio di prova è stato inviato ma non è arrivato',
      detail:
        'Il server {{submission}} ha accettato il messaggio, ma non è arrivato nella casella su {{mailbox}} entro {{seconds}} secondi. Il problema è nella ricezione: il dominio potrebbe non puntare ai server di posta giusti, oppure la consegna è in ritardo.',
    },
    'mailbox-failed': {
      title: 'Il messaggio di prova è stato inviato, ma non abbiamo potuto guardare nella casella',
      detail:
        'L’invio ha funzionato, ma l’apertura della casella su {{mailbox}} non è riuscita ({{reason}}: {{server}}), quindi non sappiamo se il messaggio è arrivato.',
    },
    'bad-input': {
      title: 'La prova di andata e ritorno non è potuta partire',
      detail:
        'L’indirizzo, i dati di accesso o i server scelti non vanno bene per questa prova. Controlla quanto scritto.',
    },
    aborted: {
      title: 'La prova di andata e ritorno è stata interrotta',
      detail: 'La prova è stata annullata o ha esaurito il tempo prima di finire.',
    },
    'arrived-in-spam': {
      title: 'Il messaggio di prova è arrivato, nello spam',
      detail:
        'Abbiamo inviato un messaggio di prova da {{address}} a sé stesso tramite {{submission}}. Dopo circa {{seconds}} s era nella cartella «{{folder}}» su {{mailbox}}, non in «Posta in arrivo». La ricezione funziona: l’ha spostato il filtro antispam. È già stato cancellato.',
    },
    'arrived-in-folder': {
      title: 'Il messaggio di prova è arrivato, nella cartella «{{folder}}»',
      detail:
        'Abbiamo inviato un messaggio di prova da {{address}} a sé stesso tramite {{submission}}. Dopo circa {{seconds}} s era nella cartella «{{folder}}» su {{mailbox}}, non in «Posta in arrivo»: probabilmente l’ha spostato una regola o un filtro. È già stato cancellato.',
    },
  },
  mailboxLook: {
    failed: {
      title: 'Non siamo riusciti a guardare nella tua casella',
      detail:
        'L’esame della casella su {{host}}:{{port}} si è fermato ({{reason}}: {{server}}). Non è stato cambiato nulla.',
    },
    incomplete: {
      title: 'L’esame della tua casella non è finito',
      detail:
        'La connessione con {{host}}:{{port}} si è fermata prima di questa parte. Gli altri risultati dicono fin dove è arrivato.',
    },
    full: {
      title: 'La tua casella è piena: {{used}} {{unit}} usati su {{limit}} {{unit}}',
      detail:
        'La casella su {{host}} usa il {{percent}}% del suo spazio ({{used}} {{unit}} su {{limit}} {{unit}}). Finché non fai spazio, i nuovi messaggi possono essere rifiutati e tornare indietro ai mittenti.',
    },
    nearlyFull: {
      title: 'La tua casella è quasi piena: {{used}} {{unit}} usati su {{limit}} {{unit}}',
      detail:
        'La casella su {{host}} usa il {{percent}}% del suo spazio ({{used}} {{unit}} su {{limit}} {{unit}}). Quando sarà piena, i nuovi messaggi torneranno indietro ai mittenti.',
    },
    roomy: {
      title: 'La tua casella ha spazio: {{used}} {{unit}} usati su {{limit}} {{unit}}',
      detail: 'La casella su {{host}} usa il {{percent}}% del suo spazio. Il problema non è lo spazio.',
    },
    noLimit: {
      title: 'La tua casella non ha un limite di spazio',
      detail: 'Il server {{host}} dice quanto sono piene le caselle, e per questa non fissa un limite.',
    },
    notOffered: {
      title: 'Il server non dice quanto è piena la tua casella',
      detail:
        'Il server {{host}} non dice quanto spazio usa la casella. Puoi vederlo nella webmail o nel pannello di controllo del fornitore.',
    },
    pop3: {
      title: 'Sul server restano {{messages}} messaggi ({{size}} {{unit}})',
      detail:
        'Con POP3 il server {{host}} tiene {{messages}} messaggi, {{size}} {{unit}} in tutto. Se il programma di posta lascia una copia sul server, lo spazio usato cresce fino a riempire la casella.',
    },
    list: {
      title: 'La tua casella ha {{count}} cartelle',
      detail: 'Le cartelle e quanti messaggi contiene ognuna: {{list}}.',
    },
    inInbox: {
      title: 'Il messaggio è arrivato, in «Posta in arrivo»',
      detail:
        'Abbiamo trovato «{{subject}}» da {{from}} ({{date}}) in «Posta in arrivo». Se il programma di posta non lo mostra, controlla le sue impostazioni.',
    },
    inSpam: {
      title: 'Il messaggio è arrivato, nello spam',
      detail:
        'Abbiamo trovato «{{subject}}» da {{from}} ({{date}}) nella cartella «{{folder}}». È stato consegnato: l’ha spostato lì il filtro antispam.',
    },
    inFolder: {
      title: 'Il messaggio è arrivato, nella cartella «{{folder}}»',
      detail:
        'Abbiamo trovato «{{subject}}» da {{from}} ({{date}}) nella cartella «{{folder}}», non in «Posta in arrivo». Probabilmente l’ha spostato lì una regola o un filtro.',
    },
    notFound: {
      title: 'Nella tua casella non c’è un messaggio che corrisponde a «{{text}}»',
      detail:
        'Abbiamo cercato in tutte le {{count}} cartelle per oggetto, mittente e Message-ID. Il messaggio non è ancora arrivato, oppure è stato cancellato. Chiedi al mittente se gli è tornato indietro.',
    },
    findIncomplete: {
      title: 'Non siamo riusciti a cercare «{{text}}» in tutte le cartelle',
      detail: 'Queste cartelle non si sono potute aprire: {{folders}}. Il messaggio potrebbe essere lì.',
    },
  },
  orchestration: {
    port25Blocked: {
      title:
        'La porta {{ports.smtp}} di {{host}} non risponde da qui: probabilmente la blocca la tua linea internet',
      detail:
        'Sulla porta {{ports.smtp}} di {{host}} non ha risposto nessuno, mentre le porte di invio {{ports.submission}} e {{ports.submissions}} del tuo fornitore rispondono. Molte linee di casa bloccano la porta {{ports.smtp}}: in Italia succede spesso. Il tuo programma di posta può inviare lo stesso, perché usa la {{ports.submission}} o la {{ports.submissions}}. Il server di posta non è fuori servizio.',
    },
    timeUp: {
      title: 'Il tempo del controllo è finito mentre provavamo {{host}}',
      detail:
        'Le verifiche hanno un tempo massimo. È finito prima che {{service}} su {{host}} porta {{port}} finisse di rispondere. Non sappiamo come si comporta questo server. Scegli «Verifica di nuovo». Se succede ancora, il server o la tua connessione sono molto lenti.',
    },
    timeUpBeforeStart: {
      title: 'Il tempo del controllo è finito prima di provare {{service}}',
      detail:
        'Le verifiche hanno un tempo massimo. È finito mentre cercavamo ancora il server {{service}} di {{domain}}. Scegli «Verifica di nuovo». Se succede ancora, i server DNS di {{domain}} o la tua connessione sono molto lenti.',
    },
    cancelledBeforeStart: {
      title: 'La prova di {{service}} non è stata fatta',
      detail: 'Il controllo è stato fermato prima che potessimo provare il server {{service}} di {{domain}}.',
    },
    unknownServer: {
      title: 'Non conosciamo il tuo server {{service}}',
      detail:
        'Nessuno ha indicato un server {{service}} per {{domain}}. Il dominio non ne indica uno e non conosciamo il tuo servizio di posta. Quindi non c’era nulla da provare.',
    },
    mx: {
      null: {
        title: 'Nessun server di posta in arrivo da provare',
        detail:
          '{{domain}} dichiara nel suo DNS di non ricevere alcuna email (un record “null MX”): non c’è nessun server da provare sulla porta {{ports.smtp}}.',
      },
      none: {
        title: 'Nessun server di posta in arrivo da provare',
        detail:
          '{{domain}} non ha record MX né un indirizzo proprio: nessun server riceve la sua posta e non c’è niente da provare sulla porta {{ports.smtp}}.',
      },
      unknown: {
        title: 'Non è stato possibile provare i server di posta in arrivo',
        detail:
          'Non siamo riusciti a leggere i record MX di {{domain}}: non sappiamo quali server ricevono la sua posta e non abbiamo potuto provarli. Il controllo MX qui sopra spiega cosa non ha funzionato.',
      },
    },
  },
}
