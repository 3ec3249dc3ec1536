import type { LanguageProfile } from './types';

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  iso6393: ['eng'],
  inflection: {
    paradigms: [{ base: '', forms: ['', "'s", 's'] }],
    // Capitalised common words and first names that are also town names (Nice, Bar, Vladimir); the Kremlin is a
    // metonym for the Russian government.
    stopForms: ['kremlin', 'nice', 'bar', 'mobile', 'reading', 'bath', 'split', 'most', 'march', 'may', 'president', 'vladimir', 'volodymyr'],
    regionWords: ['oblast', 'region', 'province', 'krai', 'republic', 'voivodeship', 'exclave', 'county'],
    regionWordPlurals: ['regions', 'oblasts', 'provinces', 'counties', 'voivodeships'],
    featureWords: ['gap', 'corridor', 'river', 'strait', 'sea', 'bay', 'gulf', 'lake', 'canal', 'dam', 'reservoir', 'island', 'peninsula', 'mountains', 'bank'],
    featureLinks: ['of'],
    borderWords: ['border', 'frontier'],
    borderWordPlurals: ['borders', 'frontiers'],
    borderLinks: ['the', 'with', 'and', 'between', 'of', 'its', 'their', 'to', 'along'],
    borderWith: ['with', 'to'],
    conjunctions: ['and'],
    countryAdjectives: {
      belarusian: 'BY', belarus: 'BY', ukrainian: 'UA', russian: 'RU', polish: 'PL', lithuanian: 'LT', latvian: 'LV',
      estonian: 'EE', moldovan: 'MD', romanian: 'RO', hungarian: 'HU', slovak: 'SK', finnish: 'FI', german: 'DE',
      french: 'FR', american: 'US', british: 'GB', georgian: 'GE', swedish: 'SE', norwegian: 'NO', danish: 'DK', czech: 'CZ',
      austrian: 'AT', serbian: 'RS', bulgarian: 'BG', greek: 'GR', turkish: 'TR', armenian: 'AM', azerbaijani: 'AZ', kazakh: 'KZ',
      chinese: 'CN', croatian: 'HR', slovenian: 'SI', dutch: 'NL', belgian: 'BE', italian: 'IT', spanish: 'ES', portuguese: 'PT',
    },
    // Headlines capitalise every word: a capital letter after a name does not mark a surname.
    capitalisedNouns: true,
    // "Rostov Governor Yuri Slyusar", "the Belgorod governor": governors head regions, not towns.
    regionHeadTitles: ['governor', 'governors'],
    organisationNouns: ['university', 'college', 'institute', 'academy', 'polytechnic'],
  },
  events: {
    cues: {
      strike: [
        // air defence at work over a place: interceptions there
        'air defence was active', 'air defences were active', 'air defense was active', 'air defenses were active', 'air defence systems were active', 'air defense systems were active', 'air defences were working', 'air defence was working', 'air defences went into action', 'air defence went into action',
        'heading for', 'headed for', 'flying towards', 'flying toward', 'heading towards',
        'strike*', 'striking', 'struck', 'airstrike*', 'air strike*', 'air raid on', 'air raids', 'attack*', 'assault on', 'assaults on', 'onslaught', 'blitz',
        'hit', 'hits', 'hitting', 'targets', 'targeted', 'targeting', 'shell*', 'bomb*', 'barrage*', 'salvo*', 'volley', 'volleys', 'pounded', 'pounding', 'hammered', 'hammering', 'battered', 'battering', 'wreckage',
        'pummel*', 'fired', 'fired at', 'opened fire', 'under fire', 'artillery fire', 'rocket fire', 'mortar fire', 'gunfire', 'launched',
        'slammed into', 'slams into', 'slam into', 'crashed into', 'crashing into', 'smashed into', 'ploughed into', 'plowed into', 'tore through', 'ripped through', 'rocked', 'ablaze', 'set fire to', 'sets fire to', 'setting fire to', 'set on fire', 'set ablaze',
        'explosion*', 'exploded', 'blast*', 'detonation*', 'detonated', 'damaged', 'damaging', 'destroyed', 'destroying',
        // Interceptions over a place count as strikes there.
        'knocked out', 'without electricity', 'without power', 'blackout', 'blackouts', 'power outage*',
        'intercept*', 'neutralised', 'neutralized', 'downed', 'shot down', 'shoot down', 'shoots down', 'shooting down', 'brought down', 'debris', 'fragments', 'drone fragment', 'missile fragment', 'fragment of',
        // what strikes leave: casualties and fires
        'killed', 'killing', 'injured', 'injuring', 'wounded', 'wounding', 'casualties', 'fire at', 'fires at', 'blaze at', 'fire broke out', 'fires broke out', 'fire also broke out', 'fires also broke out', 'caught fire',
        'drones against', 'missiles against', 'bore the brunt', 'bearing the brunt', 'bear the brunt', 'bears the brunt',
      ],
      meeting: [
        'discussed in',
        'meet*', 'met', 'talks', 'summit*', 'ministerial', 'conference*', 'forum*', 'session*', 'negotiat*', 'consultation*', 'conferred', 'sat down', 'rendezvous',
        'gather*', 'conven*', 'hosted', 'will host', 'to host', 'hosts his', 'hosts her', 'hosting his', 'hosting her',
        'visit*', 'played host', 'plays host', 'toured', 'touring', 'trip', 'trips', 'stopover*', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling',
        'arrive', 'arrives', 'arrived', 'arriving', 'landed',
      ],
      exercise: [
        'exercise*', 'exercising', 'drill*', 'manoeuv*', 'maneuv*', 'military training', 'combat training', 'war game*', 'wargam*', 'rehears*', 'practising', 'practised', 'practicing', 'practiced', 'practise', 'practises', 'live-fire*', 'live fire', 'live firing', 'live-firing', 'live rounds', 'parachuted', 'are training', 'were training', 'training alongside',
        'snap check*', 'combat readiness check*', 'readiness check*', 'snap inspection*', 'readiness inspection*',
      ],
    },
    // Words the cue patterns match that name no event: conventional forces, visitors, bombers and attack helicopters
    // (aircraft, not what they did), "hit out" (criticised), oil drilling, a right exercised. (Not "hit back": "Ukraine
    // hit back at Russian positions in Belgorod" is a strike.)
    nonCues: [
      // negotiators are people, not talks
      'negotiator*',
      // Statistics about events in general ("the number of attacks has grown") tell of no event at a place.
      'number of attacks', 'number of strikes', 'intensity of attacks', 'intensity of strikes', 'frequency of attacks', 'number of drills', 'number of exercises',
      // sanctions and measures aimed at a country are no strike on it
      'sanctions targeting', 'sanctions that target*', 'measures targeting', 'tariffs targeting',
      // weapons named for what they do
      'interceptor', 'interceptors', 'artillery shells', 'tank shells',
      'conventional*', 'visitor*', 'bomber', 'bombers', 'bombshell*', 'attack helicopter*', 'attack aircraft', 'attack submarine*',
      'strike group*', 'strike fighter*', 'striker*', 'hit out', 'hits out', 'hitting out',
      'oil drilling', 'gas drilling', 'drilling for', 'drilling rig*', 'offshore drilling', 'exercised', 'exercises its', 'exercise its', 'exercise their', 'exercised its',
      // Idioms: a deal struck, sanctions that hit, an investigation launched.
      'strike a deal', 'strikes a deal', 'struck a deal', 'striking a deal', 'struck an agreement', 'strike a balance', 'struck a chord',
      'hit by sanctions', 'hit by new sanctions', 'hit by western sanctions', 'hit with sanctions', 'hit with new sanctions', 'hit a record',
      'hits a record', 'hit record', 'launched an investigation', 'launched a probe', 'launched a campaign', 'launched an appeal',
      'launched talks', 'launched negotiations', 'gathering intelligence', 'gathered intelligence', 'gather intelligence', 'gathering evidence',
      'gathered evidence', 'convenien*', 'exercise caution', 'exercise restraint', 'exercising caution', 'exercising restraint', 'exercising its', 'exercising their', 'exercising the right', 'exercising his', 'exercising her',
      // A press conference is where something is said, not a meeting.
      'news conference*', 'press conference*', 'air raid siren*', 'air raid alert*', 'air raid warning*', 'launched its own', 'launched their own', 'launched exercise*', 'launched drill*', 'launched manoeuv*', 'launched joint', 'launched snap', 'launched military', 'forces gathering', 'force gathering', 'troops gathering', 'forces gathered', 'troops gathered', 'launched its full-scale invasion', 'launched the full-scale invasion', 'launched its invasion', 'launched the invasion', 'launched an invasion', 'launched a full-scale invasion', 'launched the war', 'launched its war'
    ],
    // Denied, cancelled, threatened or merely possible events are not events. Not "without": after a cue it denies the
    // casualties, not the event ("Russia struck Odesa without causing casualties"). Not "could": "explosions could be
    // heard in Kyiv" is a report of a strike.
    relativeWords: ['which', 'that'],
    timeWords: ['night', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'weekend'],
    // Reactions to an event told elsewhere ("Merz condemned the attack", "Минск назвал учения провокацией").
    // "artillery crews fired live rounds at a range": firing in training is part of the drills
    retypedCues: [{ cue: 'fired', type: 'exercise', when: ['live', 'blank', 'blanks', 'training'] }],
    reactionVerbFirst: true,
    reactionVerbs: ['condemn*', 'criticis*', 'criticiz*', 'denounc*', 'dismissed', 'dismisses', 'dismissing', 'welcomed', 'welcomes', 'called', 'calls', 'described', 'describes', 'commented', 'reacted', 'responded', 'protested', 'praised', 'watching', 'watched', 'monitoring', 'observe', 'observed', 'observing', 'criticism', 'condemnation', 'reaction*', 'assess', 'assessed', 'assesses', 'assessing'],
    // Talking about an event: "ministers will meet to discuss the drills".
    yearWords: { before: ['in', 'since', 'of', 'early', 'late'], after: [], until: ['until', 'by'], then: ['at the time', 'at that time', 'back then'] },
    ownCountryPhrases: ['east of the country', 'west of the country', 'north of the country', 'south of the country', "the country's east", "the country's west", "the country's north", "the country's south", 'the country’s east', 'the country’s west', 'the country’s north', 'the country’s south', 'across the country', 'nationwide'],
    topicVerbs: ['discuss', 'discussed', 'discussing', 'discusses'],
    // "…, including the Kaliningrad region": the places after them join the event's list.
    // (and "as soon as", whose second "as" opens no second clause)
    comparisons: ['as soon as', 'as many as', 'as much as', 'as few as', 'as far as', 'as early as', 'as recently as', 'as late as', 'such as', 'as part of', 'as a result'],
    inclusionWords: ['including', 'notably', 'among them', 'in particular', 'especially', 'as well as', 'of them', 'of which'],
    // "The main part will take place near Varna": the story's latest event goes on.
    continuationVerbs: ['take place', 'takes place', 'took place', 'taking place'],
    // "…, with troops and armour deployed around Daugavpils": troops on the move go on with the drills just told.
    // (Each first word must be rare, as for continuationVerbs: "were moved" would send every sentence with "were" there.)
    continuationVerbsByType: { exercise: ['deployed', 'redeployed', 'marched', 'operating from'] },
    // agreed: at a meeting, but what was agreed is no place of it
    agreementVerbs: ['agreed'],
    // "…, but no date has been set": a meeting or exercise without a date is only planned.
    dateWords: ['date', 'dates', 'timing'],
    // "next year", "in the coming weeks": a meeting or exercise without a date is only planned
    vagueFutureWords: [
      // "the next summit will be held in Moscow": the next one, without a date, is only planned
      'next summit', 'next meeting', 'next round', 'next session', 'next talks', 'next visit',
      'in the coming weeks', 'in the coming months', 'in the coming days', 'in coming weeks', 'later this year', 'later this month', 'next year', 'next month', 'at a later date', 'in the future', 'at some point', 'once a date', 'when a date', 'once dates', 'as soon as a date', 'next time', 'next spring', 'next summer', 'next autumn', 'next fall', 'next winter', 'this autumn', 'later this autumn', 'early next year', 'at the beginning of next year', 'at the start of next year', 'late next year', 'by the end of next year', 'once the security situation allows', 'as soon as the security situation allows', 'as soon as security allows', 'as soon as conditions allow', 'when the security situation allows', 'once security allows', 'when security allows', 'once conditions allow', 'when conditions allow', 'security permitting'],
    // "does not rule out": what the sentence tells after it is only possible
    possibilityWords: ['did not rule out', 'does not rule out', 'do not rule out', "didn't rule out", "doesn't rule out", "don't rule out", 'not ruled out', 'cannot be ruled out', "can't be ruled out", 'could not rule out', 'would not rule out', 'not excluded', 'no plans to', 'no intention of'],
    // "notriekti vairāki Krievijas droni": the country that owns them is the actor, not the target.
    actorNouns: ['drone*', 'missile*', 'artillery', 'force*', 'troops', 'army', 'armies', 'military', 'jets', 'aircraft', 'air force', 'navy', 'soldiers', 'shelling', 'bombers', 'warplanes', 'units', 'batter*', 'systems', 'system', 'ship*', 'warship*', 'frigate*', 'minehunter*'],
    // "23 over the Ryazan region, 41 over Saratov, the rest over …": a count goes on with the same event.
    restWords: ['the rest', 'others', 'dozens', 'most', 'another', 'a further', 'the remaining', 'the others',
      // small counts spelt out
      'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen'],
    // "the governor of the Kharkiv region": a region in an official's title is no place of the event told.
    // "200 km south of Moscow": a point of reference, not a scene (see `distanceUnits`).
    distanceUnits: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile'],
    officialTitles: ['governor', 'mayor', 'head', 'chief', 'administrator'],
    // "the Ukrainian ambassador to Latvia": a place after a diplomat's title names the post, not a scene.
    envoyTitles: ['ambassador', 'ambassadors', 'envoy', 'envoys', 'consul', 'chargé', 'attaché'],
    // The war in general, not one event (see types.ts): no event at a country, no place inherited.
    backgroundWords: ['years ago', 'year ago', 'repeatedly', 'regularly', 'frequently', 'often', 'routinely', 'increasingly', 'constant', 'constantly', 'daily', 'nightly', 'almost daily', 'every day', 'every night', 'intensified', 'more frequent'],
    continuingWords: ['continue', 'continues', 'continued', 'continuing', 'ongoing'],
    historyWords: ['since'],
    nonNegations: ['not only', 'no fewer', 'no less', 'not for the first', 'could be heard', 'could be seen'],
    nounNegations: ['no', 'none'],
    // (Also among the negations, which reach four words of the cue's own clause; a conditional reaches the clause after it.)
    conditionals: ['if', 'unless'],
    questionWords: ['will', 'would', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have'],
    // "намерены провести … учения": what follows a plan has not happened
    intentionVerbs: ['agreed to', 'plans to', 'planned to', 'plan to', 'planning to', 'intends to', 'intend to', 'intended to', 'intention to', 'aims to', 'preparing to', 'promised to', 'pledged to', 'vowed to'],
    // "reports of an attack on the port … as false"
    refutedReports: { reports: ['reports', 'report', 'claims', 'claim', 'rumours', 'rumors'], refutations: ['false', 'untrue', 'fake', 'baseless', 'unfounded', 'not true', 'fabricated', 'disinformation'] },
    // "denied reports of explosions in the city": what follows a denial did not happen
    denialVerbs: ['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'dismissed', 'dismisses', 'rejected', 'rejects'],
    negations: [
      
      // proposed or possible: not (yet) an event
      'proposed', 'proposes', 'suggested', 'offered to host', 'possible',
      'if', 'unless', 'should', 'could', 'any', 'no', 'not', 'never', 'none', 'neither', 'nor', 'denied', 'deny', 'denies', 'didn’t', "didn't", 'wasn’t',
      "wasn't", 'weren’t', "weren't", 'cancel*', 'postpone*', 'called off', 'call off', 'scrapped', 'might', 'threaten*', 'invited', 'invitation', 'invite', 'invites', 'possibly', 'perhaps', 'ready to', 'willing to'
    ],
    locatives: [
      'in', 'at', 'on', 'over', 'above', 'near', 'against', 'to', 'into', 'onto', 'upon', 'outside', 'inside', 'within', 'throughout',
      'around', 'across', 'along', 'towards', 'toward', 'of', 'off', 'close to', 'not far from', 'next to', 'on both sides of', 'either side of'
    ],
    // "speaking in Warsaw" places the speaker, not what he speaks about; "the government / ministry in Kyiv" names a government.
    nonLocatives: [
      // a ship's flag is no place where anything happens: "суховантаж під прапором Панами"
      'under the flag of', 'flagged in',
      'based in', 'based at', 'stationed in', 'stationed at', 'garrisoned in',
      'according to', 'quoted by', 'said by', 'from', 'with', 'by', 'about', 'made in', 'produced in', 'built in', 'speaking in', 'speaking at', 'speaking from',
      // "talks on Ukraine", "a summit on Ukraine's security": after a meeting noun "on" tells the topic
      'talks on', 'summit on', 'conference on', 'meeting on', 'negotiations on', 'consultations on',
      'government in', 'leadership in', 'regime in', 'ministry in', 'reporters in', 'journalists in', 'briefing in', 'signal to', 'message to', 'warning to', 'defence in', 'defense in', 'affairs in', 'government of', 'authorities in the capital'
    ],
    anaphoric: ['before', 'preceding', 'after', 'during', 'ahead', 'following', 'sidelines', 'margins', 'start', 'end', 'opening', 'because', 'response', 'retaliation', 'wake'],
    conjunctions: ['and', 'or'],
    reportingVerbs: ['said', 'says', 'reported', 'reports', 'told', 'announced', 'stated', 'wrote', 'added', 'confirmed', 'claimed', 'noted', 'posted', 'tweeted', 'insisted', 'insists', 'assured', 'assures', 'stressed', 'stresses'],
    passiveMarkers: ['was', 'were', 'been', 'is', 'are', 'being', 'came under', 'come under', 'comes under', 'under', 'again',
      // Adverbs inside the passive ("Kyiv has repeatedly been targeted") do not break it.
      'repeatedly', 'heavily', 'also', 'reportedly', 'twice', 'badly', 'severely'],
    perfectAuxiliaries: ['has', 'have', 'had'],
    placeNouns: ['city', 'cities', 'town', 'towns', 'capital', 'village', 'villages', 'settlement', 'settlements', 'port', 'of', 'outskirts', 'area', 'ranges', 'range', 'training ground*', 'vicinity', 'direction', 'directions'],
    clauseOpeners: ['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'although', 'but', 'if'],
    whereWords: ['where'],
    // "the" before a name, skipped where lists and subjects are read ("and 31 over the Tula region").
    articles: ['the'],
    adjunctDeterminers: ['the', 'a', 'an', 'this', 'that', 'last', 'latest', 'recent', 'deadly', 'overnight', 'weekend', 'planned', 'upcoming'],
    prenominalGenitiveEndings: ["'s", '’s'],
  },
};
