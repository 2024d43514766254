/** Testi della riga di comando: aiuto, riepiloghi e verifica di molti domini (italiano). */
export default {
  help: {
    usage: 'Uso',
    options: 'Opzioni',
    examples: 'Esempi',
    exit: 'Codici di uscita',
    providers: 'Fornitori (--provider)',
    commands: 'Comandi',
    more: 'Con "maildoctor help COMANDO" o "maildoctor COMANDO --help" vedi le opzioni e gli esempi di un comando.',
    environment: 'Variabili d’ambiente',
    environmentLead:
      'La riga di comando legge le stesse variabili dell’app; un’opzione scritta sulla riga di comando vale più della variabile.',
    unknownTopic: 'non esiste un comando "{{name}}"; i comandi sono: {{names}}',
  },
  environment: {
    MAILDOCTOR_DNS: 'i server DNS da interrogare, HOST[:PORTA],... (come --dns)',
    MAILDOCTOR_RDAP: 'il servizio di registrazione (RDAP) da interrogare, un URL (come --rdap)',
    MAILDOCTOR_PORTS: 'le porte dei server di posta, TIPO=PORTA,... (come --ports)',
    MAILDOCTOR_EXTRA_CA: 'un file PEM di autorità di certificazione di cui fidarsi in più (come --ca)',
    MAILDOCTOR_ALLOW_PRIVATE:
      '1: collegarsi anche a indirizzi locali, privati e link-local (come --allow-private)',
    bad: '{{variable}} non è valida: {{message}}',
  },
  commands: {
    check: {
      summary: 'verifica un dominio o un indirizzo: record DNS, registrazione, server di posta',
      description:
        'Esegue le stesse verifiche dell’app su un dominio o un indirizzo email e scrive una riga per ogni risultato, prima i problemi. Con --from verifica molti domini, uno per riga di un file, e scrive una riga per ogni dominio.',
      examples: [
        'verifica un dominio',
        'verifica un indirizzo di un cliente Microsoft 365, solo DNS e server di invio',
        'interroga un server DNS di prova e scrivi il rapporto in JSON',
        'verifica tutti i domini di un file, 16 alla volta, una riga JSON ciascuno',
        'salva la sessione e scrivi un rapporto Markdown per un ticket, nascondendo indirizzi e IP',
      ],
    },
    probe: {
      summary: 'prova un server di posta: connessione, cifratura e, se vuoi, l’accesso',
      description:
        'Si collega a un server, misura ogni fase, controlla la cifratura e il certificato e, con --user, fa l’accesso. La password si legge solo dallo standard input, mai dalla riga di comando.',
      examples: [
        'prova un server di invio sulla porta {{ports.submission}}',
        'fai l’accesso, con la password presa da un file',
        'prova se un server di ricezione accetta un destinatario',
        'chiedi al server del destinatario, trovato dal suo dominio, se accetta un indirizzo (nessun messaggio viene inviato)',
        'guarda dentro una casella: quanto è piena, le sue cartelle e in quale cartella è un messaggio di Studio Verdi (non cambia nulla)',
      ],
    },
    bounce: {
      summary: 'leggi un messaggio di mancata consegna e spiega cosa è successo',
      description:
        'Legge un messaggio salvato (.eml) o un testo incollato, trova il codice, il destinatario e il server che ha rifiutato, e spiega cosa fare.',
      examples: [
        'leggi un messaggio di mancata consegna salvato',
        'leggi un testo incollato nello standard input, in italiano',
      ],
    },
    code: {
      summary: 'spiega un codice di risposta, un codice esteso o una riga di un server',
      description:
        'Spiega cosa significa un codice, chi deve intervenire e se conviene riprovare. Spiega soltanto: esce con 0 ogni volta che ha capito il codice, qualunque cosa dica il codice.',
      examples: [
        'spiega un codice di risposta',
        'spiega una riga intera di un server',
        'la spiegazione in JSON',
      ],
    },
    headers: {
      summary:
        'legge le intestazioni di un messaggio: dove ha atteso, come è stato autenticato, perché è finito nello spam',
      description:
        'Legge le intestazioni di un messaggio (o il messaggio intero): i server attraversati, dal più vecchio, con l’attesa prima di ognuno; i risultati SPF, DKIM, DMARC e ARC annotati dall’ultimo server che l’ha ricevuto; i verdetti dei filtri antispam; e i rimedi che ne seguono, con il record da correggere.',
      examples: [
        'leggi le intestazioni di un messaggio salvato',
        'leggi le intestazioni incollate come destinatario, in italiano',
        'la lettura in JSON, con il valore SPF del provider nei rimedi',
      ],
    },
    'mail-programs': {
      summary:
        'leggi le impostazioni dei programmi di posta su questo computer e di’ quale campo è sbagliato',
      description:
        'Legge gli account di Thunderbird, di Outlook (classico, su Windows) e di Mail di Apple (su macOS), in sola lettura e mai una password. Con --compare dice ogni campo sbagliato, dove si trova nel programma e il valore da mettere.',
      examples: [
        'elenca gli account dei programmi di posta su questo computer',
        'confronta un profilo di Thunderbird copiato da un altro computer, in italiano',
        'il confronto in JSON',
      ],
    },
    help: {
      summary: 'mostra questo aiuto, o l’aiuto di un comando',
      description: 'Mostra l’elenco dei comandi, oppure tutte le opzioni e gli esempi di un comando.',
      examples: ['l’aiuto di check'],
    },
  },
  options: {
    json: 'scrivi JSON invece del testo',
    lang: 'la lingua dei risultati (predefinita: quella del sistema)',
    help: 'mostra l’aiuto del comando',
    timeout: 'il tempo massimo di un passo, in millisecondi',
    dns: 'i server DNS da interrogare al posto di quelli del sistema',
    only: 'esegui solo queste aree di verifiche',
    ports: 'le porte dei server di posta, per esempio submission=2587',
    server: 'un server che la persona usa, da provare al posto di quello trovato (ripetibile)',
    ca: 'un file PEM di autorità di certificazione di cui fidarsi in più',
    allowPrivate: 'collegarsi anche a indirizzi locali, privati e link-local (un server della tua rete)',
    provider: 'l’offerta di posta del dominio (vedi l’elenco qui sotto)',
    dkimSelector: 'un selettore DKIM da cercare in più (ripetibile)',
    ip: 'un indirizzo IP di invio da cercare nelle liste di blocco (ripetibile)',
    rdap: 'il servizio di registrazione (RDAP) da interrogare',
    save: 'salva la sessione in questa cartella dello storico',
    report: 'scrivi invece il rapporto in Markdown, HTML o JSON',
    shareSafely: 'nel rapporto, nascondi la parte prima della @ e gli indirizzi IP',
    from: 'verifica ogni dominio o indirizzo di un file, uno per riga (- legge lo standard input)',
    concurrency:
      'quanti domini verificare insieme con --from (predefinito {{default}}, al massimo {{max}}: ogni verifica tiene circa 12 connessioni)',
    user: 'fai l’accesso con questo utente',
    passwordStdin: 'leggi la password dallo standard input (con --user)',
    mailboxServer:
      'probe mailbox: il server della casella, al posto di quello che le nostre impostazioni danno per il dominio',
    find: 'probe mailbox: un oggetto, un mittente o un Message-ID da cercare in tutte le cartelle',
    mailFrom: 'il mittente della prova di consegna (con --rcpt-to)',
    rcptTo: 'il destinatario della prova di consegna (con --mail-from)',
    version: 'scrivi la versione',
    role: 'leggi come mittente (predefinito) o come destinatario del messaggio',
    thunderbird: 'leggi solo questa cartella di Thunderbird (un profilo, o la cartella con profiles.ini)',
    compare: 'confronta ogni account con le impostazioni giuste per il suo indirizzo',
  },
  exit: {
    ok: '0  è andato a buon fine e nulla è fallito',
    failed: '1  è andato a buon fine ma qualcosa è fallito (o non si è potuto verificare)',
    usage: '2  dati o opzioni sbagliati: una riga sullo standard error spiega perché',
    codeExplained: '0  il codice è stato spiegato, qualunque cosa significhi',
    codeNotFound: '2  non è stato trovato alcun codice né un testo conosciuto',
    bounceDelivered: '0  il messaggio segnala solo una consegna',
    bounceFailed: '1  il messaggio segnala un errore, temporaneo o definitivo',
    bounceUnreadable: '2  il file non si può leggere, o non contiene un messaggio di mancata consegna',
    batchFailed: '1  con --from: almeno un dominio ha problemi o non si è potuto verificare',
    headersClean: '0  le intestazioni non mostrano ritardi, controlli falliti né verdetti di spam',
    headersTrouble: '1  le intestazioni mostrano un ritardo, un controllo fallito o un verdetto di spam',
    headersUnreadable: '2  il file non si può leggere, o non contiene alcuna intestazione Received',
    programsRight: '0  nessuna impostazione sbagliata',
    programsWrong: '1  con --compare, un’impostazione è sbagliata',
  },
  summary: {
    line: '{{target}}: {{counts}} ({{seconds}} s)',
    problems_one: '{{count}} problema',
    problems_other: '{{count}} problemi',
    warnings_one: '{{count}} avviso',
    warnings_other: '{{count}} avvisi',
    notRun_one: '{{count}} verifica non è stata possibile',
    notRun_other: '{{count}} verifiche non sono state possibili',
    fine: '{{count}} a posto',
    offline:
      '{{target}}: nessuna verifica ha raggiunto la rete ({{count}} non sono state possibili): quanto segue non dice nulla sul dominio. Controlla la connessione di questo computer o --dns.',
    sameError: '{{count}} verifiche non sono state possibili, per lo stesso motivo: {{checks}}',
  },
  batch: {
    progress: '[{{done}}/{{total}}] {{target}}',
    line: '{{mark}} {{target}}: {{counts}} ({{seconds}} s)',
    failedToRun: 'ERR  {{target}}: non è stato possibile eseguire la verifica: {{message}}',
    invalid: 'ERR  {{target}}: {{message}}',
    empty: 'l’elenco non contiene alcun dominio o indirizzo',
    tooLong: 'l’elenco contiene più di {{max}} domini o indirizzi: dividilo in elenchi più piccoli',
    tooManyAtOnce:
      '--concurrency può essere al massimo {{max}}: con più controlli insieme finiscono le connessioni e domini funzionanti risultano non raggiungibili',
    unreadable: 'non riesco a leggere l’elenco "{{file}}"',
    done: '{{total}} verificati in {{seconds}} s: {{failed}} con problemi',
    needsNoTarget: '--from legge i domini dall’elenco: non scrivere un dominio sulla riga di comando',
  },
}
