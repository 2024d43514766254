/** Testi dei motivi di un bounce (i nomi di Sisimai) e delle ricevute PEC (italiano). */
export default {
  reasonLabel: 'Perché è tornato indietro',
  windowReasonLabel: 'Cosa non ha funzionato',
  retryLabel: 'Serve inviarlo di nuovo?',
  retry: {
    permanent:
      'No, non così com’è. Prima va risolta la causa, da chi dicono i passi. Poi invia di nuovo il messaggio.',
    temporary:
      'Probabilmente sì, più tardi. La causa può passare senza che tu cambi nulla: prova a inviarlo di nuovo tra qualche ora.',
    warning:
      'È solo un avviso: il messaggio non è fallito e il server sta ancora provando a consegnarlo. Aspetta prima di inviarlo di nuovo.',
    none: 'Non c’è niente da inviare di nuovo: non è un errore.',
  },
  origin: {
    read: 'scritto nel messaggio',
    inferred: 'ricavato dal codice e dal testo del messaggio',
  },
  reasons: {
    authfailure: {
      title: 'Il tuo dominio non ha superato i controlli sul mittente',
      meaning:
        'Il server del destinatario ha verificato SPF, DKIM o DMARC del tuo dominio e il controllo non è andato a buon fine.',
    },
    badreputation: {
      title: 'Il server della posta in uscita ha una cattiva reputazione',
      meaning:
        'Il server del destinatario rifiuta la posta che arriva dall’indirizzo da cui spedisce il tuo fornitore, per via dei suoi precedenti.',
    },
    blocked: {
      title: 'Il server della posta in uscita è stato rifiutato',
      meaning:
        'Il server del destinatario ha rifiutato la connessione o il mittente, spesso perché l’indirizzo di invio è in una blacklist.',
    },
    contenterror: {
      title: 'Il messaggio non è costruito in un modo che il server accetta',
      meaning: 'Qualcosa nelle intestazioni o nel formato del messaggio è stato rifiutato.',
    },
    delivered: {
      title: 'Il messaggio è stato consegnato',
      meaning: 'È un avviso di consegna, non un errore.',
    },
    exceedlimit: {
      title: 'Il messaggio è più grande di quanto accetta questo destinatario',
      meaning: 'La casella del destinatario ha un limite di dimensione per messaggio e questo lo supera.',
    },
    expired: {
      title: 'Non è stato possibile consegnarlo in tempo',
      meaning:
        'Il tuo fornitore ha riprovato per ore o giorni, ma il server del destinatario non ha mai preso il messaggio.',
    },
    failedstarttls: {
      title: 'I server non si sono accordati sulla cifratura',
      meaning:
        'Una delle due parti chiedeva una connessione cifrata (STARTTLS) e non è stato possibile stabilirla.',
    },
    feedback: {
      title: 'Una segnalazione di reclamo, non un messaggio tornato indietro',
      meaning:
        'Un gestore di caselle avvisa il mittente che un destinatario ha segnato un messaggio come spam (RFC 5965).',
    },
    filtered: {
      title: 'I filtri del destinatario lo hanno rifiutato',
      meaning: 'Il destinatario o il suo server hanno scelto di non accettare questo messaggio.',
    },
    hasmoved: {
      title: 'Il destinatario è passato a un altro indirizzo',
      meaning: 'Il vecchio indirizzo non riceve più posta e non la inoltra.',
    },
    hostunknown: {
      title: 'Il dominio del destinatario non esiste',
      meaning:
        'La parte dopo la @ non può ricevere posta: è scritta male, è scaduta o non ha server di posta.',
    },
    mailboxfull: {
      title: 'La casella del destinatario è piena',
      meaning: 'Il destinatario deve liberare spazio prima che possa arrivare altra posta.',
    },
    mailererror: {
      title: 'Un programma sul server del destinatario è andato in errore',
      meaning:
        'Il server ha passato il messaggio a un programma locale (un filtro o uno script) che è terminato con un errore.',
    },
    mesgtoobig: {
      title: 'Il messaggio è troppo grande',
      meaning: 'Il server del destinatario non accetta messaggi di queste dimensioni.',
    },
    networkerror: {
      title: 'Un problema di rete o di DNS lungo il percorso',
      meaning:
        'I server non sono riusciti a trovarsi o a collegarsi, oppure il messaggio è finito in un giro senza uscita.',
    },
    norelaying: {
      title: 'Il server non ha voluto inoltrare il messaggio',
      meaning:
        'Il server da cui hai spedito non inoltra posta per te: di solito il programma di posta non fa l’accesso per inviare.',
    },
    notaccept: {
      title: 'Il dominio del destinatario non accetta posta',
      meaning: 'Il dominio dichiara di non ricevere email (per esempio con un record “null MX”).',
    },
    notcompliantrfc: {
      title: 'Il messaggio non rispetta gli standard della posta',
      meaning:
        'Il server del destinatario lo ha rifiutato perché le intestazioni non seguono la RFC 5322 (per esempio due righe From).',
    },
    onhold: {
      title: 'Dal messaggio non si capisce il motivo',
      meaning: 'Il messaggio tornato indietro dà troppo pochi dettagli. Non si capisce perché è tornato.',
    },
    policyviolation: {
      title: 'Rifiutato dalle regole del destinatario',
      meaning:
        'L’organizzazione del destinatario non accetta questo tipo di messaggio (allegati, liste, mittenti).',
    },
    rejected: {
      title: 'L’indirizzo del mittente è stato rifiutato',
      meaning: 'Il server del destinatario non ha accettato l’indirizzo da cui è partito il messaggio.',
    },
    requireptr: {
      title: 'Il server della posta in uscita non ha un DNS inverso valido',
      meaning:
        'Il server del destinatario vuole che l’indirizzo IP di invio abbia un nome corretto (record PTR).',
    },
    securityerror: {
      title: 'Rifiutato da una regola di sicurezza',
      meaning:
        'Una regola di sicurezza del server del destinatario ha fermato il messaggio o il mittente, per esempio un controllo non riuscito su chi l’ha inviato.',
    },
    spamdetected: {
      title: 'Il messaggio è stato scambiato per spam',
      meaning:
        'Il filtro antispam del server del destinatario ha rifiutato il messaggio per il suo contenuto.',
    },
    speeding: {
      title: 'Troppa posta in poco tempo',
      meaning: 'Il server del destinatario rallenta i mittenti che spediscono molti messaggi insieme.',
    },
    suppressed: {
      title: 'L’indirizzo è in una lista di esclusione',
      meaning:
        'Il servizio di invio non ci ha nemmeno provato: l’indirizzo aveva già dato errore o fatto reclamo.',
    },
    suspend: {
      title: 'La casella del destinatario è disattivata',
      meaning: 'La casella esiste ma è sospesa o inattiva.',
    },
    syntaxerror: {
      title: 'I server non si sono capiti',
      meaning: 'Un comando nella conversazione tra i server era sbagliato o fuori ordine.',
    },
    systemerror: {
      title: 'Un problema sul server del destinatario',
      meaning: 'Il server del destinatario ha avuto un problema interno o è configurato male.',
    },
    systemfull: {
      title: 'Il server del destinatario ha finito lo spazio',
      meaning: 'È l’intero server, non solo la casella, a non poter salvare altra posta in questo momento.',
    },
    toomanyconn: {
      title: 'Troppe connessioni o destinatari insieme',
      meaning: 'Il server del destinatario limita quanto un mittente può fare nello stesso momento.',
    },
    undefined: {
      title: 'Non sembra un messaggio tornato indietro',
      meaning: 'In quello che hai incollato non c’è un codice o un testo di errore che spieghi un problema.',
    },
    userunknown: {
      title: 'L’indirizzo del destinatario non esiste',
      meaning: 'Il dominio è giusto, ma non c’è nessuna casella con quel nome.',
    },
    vacation: {
      title: 'Una risposta automatica, non un messaggio tornato indietro',
      meaning:
        'La casella del destinatario ha risposto da sola (un avviso di assenza, o una richiesta di confermare che sei una persona, RFC 3834). Il tuo messaggio è arrivato; se la risposta lo chiede, segui il suo link.',
    },
    virusdetected: {
      title: 'È stato trovato un virus o un allegato pericoloso',
      meaning: 'L’antivirus del server del destinatario ha rifiutato il messaggio per quello che contiene.',
    },
    virusnotice: {
      title: 'Un avviso di virus, non un messaggio tornato indietro',
      meaning:
        'Un antivirus dice che un messaggio partito dal tuo indirizzo conteneva un virus, e l’ha fermato. Non è un problema di consegna: inviarlo di nuovo non serve. Controlla il tuo computer con un antivirus.',
    },
  },
  pec: {
    label: 'Ricevuta di posta elettronica certificata (PEC)',
    reference: 'Riguarda il messaggio con ID {{id}}',
    provider: 'Emessa da {{provider}}',
    extendedError: 'Il testo del gestore: {{text}}',
    kinds: {
      accettazione: {
        title: 'Accettato dal tuo gestore PEC',
        meaning:
          'Il tuo gestore ha preso in carico l’invio del messaggio. È la prima ricevuta: non vuol dire ancora che sia stato consegnato.',
      },
      'non-accettazione': {
        title: 'Non accettato dal tuo gestore PEC',
        meaning:
          'Il tuo gestore si è rifiutato di spedire il messaggio, che quindi non è partito. La ricevuta dice perché.',
      },
      'presa-in-carico': {
        title: 'Preso in carico dal gestore PEC del destinatario',
        meaning: 'Il gestore del destinatario ha ricevuto il messaggio dal tuo e lo sta consegnando.',
      },
      'avvenuta-consegna': {
        title: 'Consegnato nella casella PEC del destinatario',
        meaning:
          'Il messaggio è nella casella del destinatario. Questa ricevuta è la tua prova legale della consegna.',
      },
      'errore-consegna': {
        title: 'Non consegnato',
        meaning: 'Il gestore del destinatario non è riuscito a mettere il messaggio nella casella.',
      },
      'preavviso-errore-consegna': {
        title: 'Attenzione: non ancora consegnato',
        meaning:
          'La ricevuta di consegna non è arrivata nel tempo previsto. Se non arriva, il messaggio sarà dichiarato non consegnato.',
      },
      'rilevazione-virus': {
        title: 'È stato trovato un virus',
        meaning: 'Un gestore PEC ha trovato un virus nel messaggio e non l’ha consegnato.',
      },
      'posta-certificata': {
        title: 'Un messaggio certificato (busta di trasporto)',
        meaning: 'È un messaggio PEC così come arriva in una casella PEC, non una ricevuta.',
      },
      errore: {
        title: 'Una busta di anomalia',
        meaning:
          'Il messaggio è arrivato in una casella PEC, ma non è partito da una casella PEC. È stato consegnato, ma non ha valore legale e non dà ricevute.',
      },
    },
    errors: {
      'no-dest': 'L’indirizzo PEC del destinatario non esiste.',
      'no-dominio': 'Il dominio PEC del destinatario non esiste.',
      virus: 'Nel messaggio è stato trovato un virus.',
      altro: 'Un altro errore: leggi il testo del gestore.',
    },
    notes: {
      ordinaryRecipient:
        'Almeno un destinatario ha un indirizzo ordinario (non certificato): per lui non arriverà nessuna ricevuta di consegna. Una PEC spedita a un indirizzo ordinario viene recapitata come una email normale, senza prova di consegna.',
      hours12:
        'Il tuo gestore non ha ricevuto la ricevuta di consegna entro 12 ore dall’invio. Sta ancora aspettando: se non arriva nulla entro 24 ore, ti manderà un avviso di mancata consegna.',
      hours24:
        'Non è arrivata nessuna ricevuta di consegna entro 24 ore dall’invio: il messaggio va considerato non consegnato. Rispediscilo più tardi o controlla l’indirizzo.',
      ordinaryToPec:
        'Molte caselle PEC accettano solo posta certificata: una email ordinaria spedita a un indirizzo PEC viene rifiutata o segnata come anomalia. Spediscila da una casella PEC, oppure all’indirizzo ordinario della persona.',
    },
  },
}
