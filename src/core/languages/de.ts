import type { LanguageProfile } from './types';

export const de: LanguageProfile = {
  code: 'de',
  name: 'German',
  iso6393: ['deu'],
  inflection: {
    paradigms: [
      { base: '', forms: ['', 's', 'es'] },
      { base: 'e', forms: ['e', 'es', 'en'] },
    ],
    // Nouns are capitalised in German: these common nouns (and the first name Wladimir) are also town names.
    stopForms: ['kreml', 'präsident', 'bar', 'most', 'essen', 'halle', 'hof', 'mark', 'wladimir', 'wolodymyr', 'russen'],
    regionWords: ['oblast', 'gebiet', 'region', 'bezirk', 'republik', 'woiwodschaft', 'provinz', 'exklave'],
    regionWordPlurals: ['gebieten', 'gebiete', 'regionen', 'oblasten', 'woiwodschaften', 'bezirken', 'bezirke', 'provinzen'],
    featureWords: ['lücke', 'korridor', 'fluss', 'meerenge', 'meer', 'bucht', 'see', 'kanal', 'damm', 'stausee', 'insel', 'halbinsel', 'ufer'],
    borderWords: ['grenze'],
    borderWordPlurals: ['grenzen'],
    borderLinks: ['zu', 'zur', 'zum', 'mit', 'zwischen', 'und', 'der', 'die', 'des', 'den', 'dem', 'an', 'nach', 'entlang'],
    borderWith: ['zu', 'zur', 'mit'],
    conjunctions: ['und'],
    countryAdjectives: {
      belarus: 'BY', weißruss: 'BY', weissruss: 'BY', ukrain: 'UA', russisch: 'RU', russ: 'RU', polnisch: 'PL', pole: 'PL',
      litauisch: 'LT', lettisch: 'LV', estnisch: 'EE', moldauisch: 'MD', moldawisch: 'MD', rumänisch: 'RO', ungarisch: 'HU',
      slowakisch: 'SK', finnisch: 'FI', deutsch: 'DE', französisch: 'FR', amerikanisch: 'US', britisch: 'GB', georgisch: 'GE',
    },
    capitalisedNouns: true,
  },
  events: {
    // Each family lists the forms a journalist uses: noun compounds (infix `*x*`), the verb's finite forms and its
    // participle; separable verbs ("griff … an", "fing … ab") by their finite part.
    cues: {
      strike: [
        // Flugabwehr im Einsatz über einem Ort: Abfangen dort
        'flugabwehr war aktiv', 'luftabwehr war aktiv', 'flugabwehr war im einsatz', 'luftabwehr war im einsatz', 'luftverteidigung war im einsatz', 'flugabwehr im einsatz',
        'im anflug auf', 'auf dem weg nach',
        // angreifen / Angriff / Attacke: "griff … an", "greift … an", compounds (Luftangriff, Drohnenattacke).
        'griff', 'griffen', 'greift', 'greifen', 'angegriffen', 'angreif*', '*angriff*', 'attack*', '*attacke*', 'attackiert*',
        // beschießen / Beschuss / feuern.
        'unter beschuss', 'beschieß*', 'beschoss*', 'beschuss*', '*beschuss*', 'unter feuer', 'feuert', 'feuerte', 'feuerten', 'gefeuert',
        'artilleriefeuer*', 'raketenfeuer*', 'mörserfeuer*', 'granatfeuer*', 'salve*', 'raketensalve*', 'raketenhagel', 'granathagel',
        'raketenterror', 'drohnenterror',
        // bombardieren, einschlagen, getroffen, Treffer. "getroffen" is also "met" ("haben sich … getroffen") and
        // "made" ("eine Entscheidung getroffen"), but in news with a place in its clause it is mostly "hit"
        // ("In Tschornomorsk wurde ein Wohnhaus getroffen"); the finite "traf / trafen" is a meeting unless a weapon is its
        // subject (retypedCues).
        'getroffen', 'bombard*', '*bombe*', 'brand gesetzt', 'brand geschossen', 'schlugen', 'schlug', '*einschl*', 'eingeschlagen', '*treffer*',
        // Schlag compounds (never bare "Schlag": Vorschlag, Anschlag auf eine Rede …).
        'luftschl*', '*luftschlag*', 'raketenschl*', 'drohnenschl*', 'militärschl*', 'vergeltungsschl*', 'präventivschl*', 'gegenschl*',
        // Explosions and their aftermath at the place hit.
        'explosion*', 'explodiert*', 'detonation*', 'detoniert*', 'beschädigt*', 'zerstört*',
        // Interceptions over a place count as strikes there: abschießen, abfangen ("fing … ab"), abwehren.
        'abgefeuert', 'abfeuer*', 'abgeschossen*', 'abschuss*', 'trümmer*', 'schießt', 'schoss', 'schossen', 'abgefangen', 'abfangen', 'abzufangen', 'abfing', 'abfingen', 'fing', 'fingen',
        'abgewehrt', 'abwehrte', 'abwehrten',
        // Drones and debris that came down somewhere: "im Gebiet Brjansk sei eine Drohne abgestürzt".
        'abgestürzt', 'abstürz*', 'stürzte', 'stürzten',
        // What strikes leave: casualties and fires ("In Rjasan brach ein Großbrand aus", "gerieten drei Wohnhäuser in Brand").
        'getötet', 'verletzt', 'verletzte', 'verwundet', 'in brand', '*großbrand*', 'brach ein feuer aus', 'brachen feuer aus', 'ein feuer aus',
      ],
      meeting: [
        'an einen tisch', 'an den verhandlungstisch',
        'berieten in', 'besprachen in',
        // treffen / Treffen. The verb is a meeting only with "sich" ("trafen sich"): "Raketen trafen ein Wohnhaus",
        // "trafen eine Entscheidung" are not.
        'traf sich', 'trafen sich', 'trifft sich', 'treffen', 'treffens', 'zusammengetroffen',
        // "traf in Vilnius seinen Amtskollegen" (met); with a weapon in the clause it is a hit (retypedCues).
        'traf', 'trafen',
        // Compounds one by one (an infix would take "betreffen", "übertreffen"; Gipfeltreffen comes with Gipfel).
        'ministertreffen*', 'außenministertreffen*', 'verteidigungsministertreffen*', 'spitzentreffen*', 'krisentreffen*', 'arbeitstreffen*',
        'sondertreffen*', 'ratstreffen*', 'präsidententreffen*',
        // zusammenkommen / Zusammenkunft.
        'zusammengekommen', 'zusammenkam', 'zusammenkamen', 'zusammenkomm*', 'zusammenkunft*', 'trafen zusammen', 'kamen zusammen',
        // Gipfel, Konferenz, Tagung, Sitzung, Versammlung (and compounds: Gipfeltreffen, Sondersitzung). Konferenz
        // compounds one by one: a Pressekonferenz is no meeting.
        'gipfel*', '*gipfel*', 'konferenz*', 'videokonferenz*', 'friedenskonferenz*', 'sicherheitskonferenz*', 'geberkonferenz*',
        'wiederaufbaukonferenz*', 'ministerkonferenz*', 'außenministerkonferenz*', 'verteidigungsministerkonferenz*', 'ukrainekonferenz*',
        'telefonkonferenz*', 'schaltkonferenz*', 'tagung*', '*tagung*', 'tagt', 'tagte', 'tagten', 'getagt', 'sitzung*', '*sitzung*',
        'versammlung*', '*versammlung*', 'forum*',
        // beraten, verhandeln, Gespräche, Konsultationen.
        'beraten', 'berieten', 'beriet', 'berät', 'beratung*', 'verhandel*', 'verhandl*', '*verhandlung*', 'gespräch*', '*gespräch*', 'konsultation*', 'unterredung*',
        // besuchen, reisen, ankommen, empfangen.
        'besucht', 'besuch*', '*besuch*', 'besuchte*', 'reist', 'reiste', 'reisten', 'gereist', 'reise', 'eingetroffen', 'eintraf', 'eintrafen', 'eintreffen', 'begegnung*', 'begegnete', 'begegneten',
        'angekommen', 'ankunft', 'landete', 'gelandet', 'empfang*', 'empfing', 'empfängt', 'visite', 'stippvisite', 'gastgeber*',
      ],
      exercise: [
        'alarmübung*', 'gefechtsbereitschaft*', 'kampfbereitschaft*', 'übung*', '*übung*', 'manöver*', '*manöver*', 'kriegsspiel*',
        // üben, proben: "die Bundeswehr übt in Litauen", "geübt wird die Abwehr …", "in Litauen probten Soldaten …".
        'übt', 'üben', 'übte', 'übten', 'geübt', 'probt', 'proben', 'probte', 'probten', 'geprobt',
        // trainieren: "im Gebiet Kaliningrad trainierten Soldaten der Baltischen Flotte"
        'trainiert', 'trainierte', 'trainierten', 'trainieren',
      ],
    },
    // Words the cue patterns match that name no event: a war of aggression, a press conference, visitors, a
    // negotiating position. (Not "schlug vor" / "griff ein": "schlugen vor allem im Zentrum ein", "griff ein Wohnhaus an".)
    nonCues: [
      // Statistics about events in general ("the number of attacks has grown") tell of no event at a place.
      'zahl der angriffe', 'anzahl der angriffe', 'intensität der angriffe', 'zahl der manöver', 'zahl der übungen',
      '*angriffskrieg*', 'angriffsfläche*', 'angriffslust*', 'pressekonferenz*', 'besucher*', '*besucher*',
      'verhandlungsposition*', 'verhandlungsbereit*', 'verhandlungslösung*', 'verhandlungstisch*', 'verhandlungsmasse', 'gesprächsbereit*',
      'gesprächspartner*', 'bombenstimmung', 'bombenwetter', 'schlug alarm', 'schlugen alarm',
      // Manöver that are no drills: a diversion, a deception, an evasive move.
      'ablenkungsmanöver*', 'täuschungsmanöver*', 'wahlkampfmanöver*', 'ausweichmanöver*', 'störmanöver*', 'traf* eine entscheidung', 'traf* die entscheidung', 'traf* entscheidung*', 'traf* eine vereinbarung', 'traf* vorkehrung*', 'traf* maßnahme*', 'traf* eine auswahl', 'traf* den nerv', 'traf* den ton', '*beratungsfirm*', '*beratungsunternehm*', '*beratungsgesellschaft*', 'rechtsberatung*', 'steuerberatung*', '*bomber*'
    ],
    // Denied, cancelled, threatened or merely possible events are not events. Not "würde"/"hätte": German reported
    // speech uses them for facts ("Drohnen hätten Kiew angegriffen"). Not "ohne"/"niemand": after a cue they deny the
    // casualties, not the event ("Bei dem Angriff auf Kiew wurde niemand verletzt", "Treffen ohne Ergebnis").
    relativeWords: ['die', 'der', 'das', 'welche', 'welcher', 'welches'],
    timeWords: ['nacht', 'morgen', 'vormittag', 'nachmittag', 'abend', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'wochenende'],
    retypedCues: [
      { cue: 'getroffen', type: 'meeting', when: ['sich'] },
      { cue: 'traf', type: 'strike', when: ['*drohne*', '*rakete*', 'geschoss*', 'granate*', '*bombe*', 'marschflugkörper*', 'trümmer*', 'splitter*'] },
      { cue: 'trafen', type: 'strike', when: ['*drohne*', '*rakete*', 'geschoss*', 'granate*', '*bombe*', 'marschflugkörper*', 'trümmer*', 'splitter*'] },
    ],
    // Reactions to an event told elsewhere ("Merz condemned the attack", "Минск назвал учения провокацией").
    reactionVerbs: ['verurteil*', 'kritisier*', 'nannte', 'nannten', 'nennt', 'bezeichnet*', 'kommentier*', 'reagiert*', 'begrüßt*', 'protestiert*', 'beobacht*', 'verfolgt', 'verfolgen', 'kritik', 'verurteilung', 'reaktion*', 'bewerte', 'bewerten', 'bewertet', 'bewertete*'],
    // Talking about an event: "ministers will meet to discuss the drills".
    yearWords: { before: ['im', 'jahr', 'seit', 'in', 'anfang', 'ende'], after: [], until: ['bis'], then: ['damals'] },
    ownCountryPhrases: ['im osten des landes', 'im westen des landes', 'im norden des landes', 'im süden des landes', 'im ganzen land', 'landesweit'],
    topicVerbs: ['besprech*', 'besprach*', 'diskutier*', 'erörter*', 'berichte über', 'berichten über', 'meldungen über', 'sprach von', 'sprach* von', 'spricht von', 'sprechen von'],
    // "…, including the Kaliningrad region": the places after them join the event's list.
    comparisons: ['mehr als', 'weniger als', 'länger als', 'früher als', 'später als', 'eher als', 'anders als', 'sowohl als'],
    inclusionWords: ['darunter', 'unter anderem', 'insbesondere', 'vor allem', 'auch in', 'ebenso', 'wie auch', 'davon'],
    // "The main part will take place near Varna": the story's latest event goes on.
    continuationVerbs: ['stattfinden', 'stattfindet', 'stattfand', 'stattfanden', 'stattgefunden'],
    // "kamen in Riga zusammen" (met), "findet bei Suwałki statt" (goes on with the latest event): the finite part alone
    // ("kamen", "findet") says nothing, so only with the particle that closes the clause.
    // "Einschläge wurden aus der Hauptstadt jedoch nicht gemeldet": the negation closes the clause, far from the cue.
    negationReachAfter: 8,
    separableVerbs: [
      { forms: ['kommen', 'kommt', 'kam', 'kamen'], particle: 'zusammen', type: 'meeting' },
      { forms: ['findet', 'finden', 'fand', 'fanden'], particle: 'statt' },
    ],
    // "Einheiten wurden in den Raum … verlegt": Truppen in Bewegung setzen die eben genannte Übung fort.
    continuationVerbsByType: { exercise: ['verlegt', 'verlegte', 'verlegten', 'marschierten', 'zusammengezogen'] },
    // agreed: at a meeting, but what was agreed is no place of it
    agreementVerbs: ['vereinbarten', 'vereinbart', 'einigten', 'verständigten'],
    // "…, but no date has been set": a meeting or exercise without a date is only planned.
    dateWords: ['datum', 'termin', 'termine', 'zeitpunkt'],
    // "next year", "in the coming weeks": a meeting or exercise without a date is only planned
    vagueFutureWords: [
      // "the next summit will be held in Moscow": the next one, without a date, is only planned
      'nächste* treffen', 'nächste* gipfel*', 'nächste* runde', 'nächste* sitzung', 'nächste* besuch',
      'in den kommenden wochen', 'in den nächsten wochen', 'in den kommenden monaten', 'in den nächsten monaten', 'in den kommenden tagen', 'im nächsten jahr', 'nächstes jahr', 'im kommenden jahr', 'in zukunft', 'später in diesem jahr', 'zu einem späteren zeitpunkt', 'sobald ein termin', 'sobald ein datum', 'sobald der termin', 'beim nächsten mal', 'das nächste mal', 'im nächsten frühjahr', 'nächstes frühjahr', 'im kommenden frühjahr', 'im nächsten sommer', 'nächsten sommer', 'im nächsten herbst', 'nächsten herbst', 'im kommenden herbst', 'im nächsten winter', 'nächsten winter', 'anfang nächsten jahres', 'anfang des nächsten jahres', 'ende nächsten jahres', 'ende des nächsten jahres', 'anfang kommenden jahres', 'sobald es die sicherheitslage', 'sobald die sicherheitslage', 'sobald es die lage', 'wenn es die lage'],
    // "does not rule out": what the sentence tells after it is only possible
    possibilityWords: ['schließt nicht aus', 'schloss nicht aus', 'schlossen nicht aus', 'schließen nicht aus', 'nicht ausgeschlossen', 'nicht auszuschließen'],
    // "23 over the Ryazan region, 41 over Saratov, the rest over …": a count goes on with the same event.
    restWords: ['die übrigen', 'weitere', 'die restlichen', 'die anderen', 'der rest',
      // small counts spelt out
      'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
    // "the governor of the Kharkiv region": a region in an official's title is no place of the event told.
    // weapons: between a verb and its object they do not keep it from the verb
    actorNouns: ['artillerie*', 'drohne*', 'rakete*', 'marschflugkörper*', 'granatwerfer*', 'kampfjets'],
    // "200 km south of Moscow": a point of reference, not a scene (see `distanceUnits`).
    distanceUnits: ['km', 'kilometer', 'kilometern', 'kilometers', 'meilen'],
    officialTitles: ['*gouverneur*', '*bürgermeister*', 'chef', 'leiter', 'verwaltungschef*'],
    // "the Ukrainian ambassador to Latvia": a place after a diplomat's title names the post, not a scene.
    envoyTitles: ['botschafter*', 'gesandte*', 'konsul', 'konsuln', 'konsuls', 'geschäftsträger*'],
    // The war in general, not one event (see types.ts): no event at a country, no place inherited.
    backgroundWords: ['immer wieder', 'wiederholt', 'regelmäßig', 'häufig', 'oft', 'ständig', 'täglich', 'fast täglich', 'zunehmend', 'dauerhaft*', 'immer häufiger'],
    continuingWords: ['weiterhin', 'fortgesetzt*', 'anhaltend*'],
    historyWords: ['seit'],
    nonNegations: ['nicht nur', 'nicht weniger', 'nicht zum ersten', 'keine weniger'],
    nounNegations: ['kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem'],
    // "if": what follows is hypothetical (see `conditionals`)
    conditionals: ['falls'],
    questionWords: ['ob'],
    // "намерены провести … учения": what follows a plan has not happened
    intentionVerbs: ['plant', 'planen', 'plante', 'planten', 'beabsichtig*'],
    // "denied reports of explosions in the city": what follows a denial did not happen
    // "Berichte über einen Einschlag auf dem Militärflugplatz Engels bestätigten sich dagegen nicht"
    refutedReports: { reports: ['bericht*', 'meldung*', 'gerücht*', 'behauptung*'], refutations: ['nicht', 'falsch*', 'fake*', 'dementiert*', 'unbestätigt*'] },
    denialVerbs: ['dementier*', 'bestritt*', 'bestreit*', 'zurückgewiesen', 'wies zurück', 'wiesen zurück'],
    negations: [
      
      // proposed or possible: not (yet) an event
      'vorgeschlagen', 'schlägt vor', 'mögliche', 'möglichen', 'möglicher', 'mögliches',
      'falls', 'kein*', 'nicht', 'nichts', 'weder', 'nie', 'dementi', 'dementier*', 'bestritt*', 'bestreit*', 'zurückgewiesen', 'zurückwies', 'zurückweisen',
      'abgesagt', 'absage*', 'verschoben', 'könnte', 'könnten', 'mögliche', 'möglichen', 'möglicher', 'droht', 'drohte', 'drohten',
      'drohen', 'gedroht', 'androh*', 'warnt', 'warnte', 'warnten', 'gewarnt', 'eingeladen', 'einladung', 'lud', 'möglicherweise', 'eventuell', 'vielleicht', 'bereit'
    ],
    locatives: [
      'in', 'im', 'ins', 'auf', 'über', 'bei', 'beim', 'an', 'am', 'vor', 'gegen', 'um', 'rund um', 'nach', 'entlang', 'längs',
      'nahe', 'nahe der', 'nahe dem', 'nahe des', 'nahe bei', 'nahe von', 'unweit', 'unweit von', 'unweit der', 'unweit des', 'in der nähe', 'in der nähe von', 'in der nähe der',
      'in der nähe des', 'in unmittelbarer nähe', 'in unmittelbarer nähe von', 'in unmittelbarer nähe der', 'in unmittelbarer nähe des',
      'innerhalb', 'außerhalb', 'außerhalb von', 'oberhalb', 'hinter',
      // Directions: "nordwestlich von Kaunas", "südlich Kiews".
      'nördlich', 'südlich', 'östlich', 'westlich', 'nordöstlich', 'nordwestlich', 'südöstlich', 'südwestlich',
      'nördlich von', 'südlich von', 'östlich von', 'westlich von', 'nordöstlich von', 'nordwestlich von', 'südöstlich von', 'südwestlich von',
      // Parts of a place take "von" as a genitive: "im Hafen von Odessa", "am Stadtrand von Kiew".
      'hafen* von', 'zentrum von', 'stadtzentrum von', 'innenstadt von', 'umgebung von', 'umland von', 'vorort* von', 'außenbezirk* von',
      // … and so does a strike noun: "der Beschuss von Cherson" (but "Angriffe von Russland aus" come from there).
      '*beschuss* von', 'beschießung von', 'bombardierung* von', 'bombardement* von',
      // A town's mayor and residents report what happened there, as English "the mayor of Kharkiv" does.
      'bürgermeister* von', 'bürgermeisterin von', 'bewohner* von', 'einwohner* von',
      'stadtrand* von', 'küste* von', 'vor der küste', 'ufer* von', 'stadtteil* von', 'bezirk* von', '*gebiet* von', 'großraum', 'region um', 'gegend um', 'raum', 'auf beiden seiten', 'beiderseits'
    ],
    // "über die / das" with the accusative is "about" ("Gespräche über die Ukraine"); over a place is "über dem / der /
    // den" ("über den Gebieten Brjansk und Kursk").
    // "die Regierung / das Ministerium in Kiew" names a government, not where something happens.
    nonLocatives: [
      // a ship's flag is no place where anything happens: "суховантаж під прапором Панами"
      'unter der flagge', 'unter flagge',
      'stationiert in', 'stationierte in', 'stationierten in',
      'laut', 'nach angaben', 'zufolge', 'aus', 'von', 'vom', 'mit', 'zwischen', 'seitens', 'hergestellt*', 'gefertigt*', 'über die', 'über das',
      'regierung in', 'führung in', 'staatsführung in', 'machthaber in', '*ministerium* in',
      // "im Grenzgebiet zu Litauen" is on the near side of that border, not in Lithuania.
      'grenzgebiet* zu', 'grenzgebiet* zur', 'grenzgebiet* zum', 'grenzregion* zu', 'grenzregion* zur', 'grenzregion* zum', 'journalisten in', 'reportern in', 'signal an', 'botschaft an', 'warnung an', '*ministerium in'
    ],
    anaphoric: ['vor', 'nach', 'während', 'bei', 'beim', 'anlässlich', 'vorfeld', 'rande', 'auftakt', 'abschluss', 'beginn', 'ende', 'wegen', 'aufgrund', 'reaktion', 'vergeltung', 'rahmen'],
    conjunctions: ['und', 'oder', 'sowie'],
    reportingVerbs: [
      'sagte', 'sagten', 'sagt', 'teilte*', 'teilt', 'mitteilte*', 'erklärte*', 'erklärt', 'meldete*', 'meldet', 'berichtete*', 'berichtet',
      'schrieb', 'schreibt', 'bestätigte*', 'bestätigt', 'betonte*', 'hieß', 'verlautete', 'informierte*', 'versichert*', 'betont*', 'beteuert*', 'unterstrich*'
    ],
    // … and "stand / geriet unter Beschuss": the place is what came under fire. Adverbs that sit between the
    // auxiliary and the participle ("Kiew wurde erneut heftig beschossen") are listed too, so that they do not count.
    passiveMarkers: [
      'wurde', 'wurden', 'wird', 'werden', 'worden', 'ist', 'sind', 'war', 'waren', 'unter', 'stand', 'standen', 'steht', 'stehen',
      'geriet', 'gerieten', 'gerät', 'geraten', 'erneut', 'wieder', 'abermals', 'wiederholt', 'mehrfach', 'heftig', 'massiv', 'schwer',
      'nachts', 'gestern', 'heute', 'bereits', 'auch', 'ebenfalls', 'zudem', 'zuletzt',
      // "Charkiw wurde Ziel von Angriffen": the target of an attack.
      'ziel', 'zielscheibe',
    ],
    placeNouns: ['*stadt*', 'hauptstadt', 'hafenstadt', 'großstadt', 'ort', 'ortschaft', 'dorf', 'siedlung', 'gemeinde', 'metropole', '*übungsplatz*', 'umgebung', 'raum', 'westen', 'osten', 'norden', 'süden', 'nordosten', 'nordwesten', 'südosten', 'südwesten', 'zentrum', 'mitte'],
    clauseOpeners: ['dass', 'wo', 'als', 'wenn', 'aber', 'weil', 'obwohl', 'nachdem', 'sodass', 'bevor', 'während', 'wobei', 'woraufhin', 'sondern'],
    whereWords: ['wo'],
    placeBeforeCue: 'notFirst',
    perfectAuxiliaries: ['hat', 'haben', 'hatte', 'hatten'],
    articles: ['der', 'die', 'das', 'den', 'dem', 'des'],
  },
};
