/**
 * The words that signal each relation type in English news text, written once here: the
 * article reader (lib/extract) matches them to suggest relations, and any list or help
 * text about triggers should read them from here. Entries are lemmas — the reader also
 * finds their regular inflections ("sanction" finds "sanctions", "sanctioned",
 * "sanctioning") and the irregular forms listed below. A phrase's words may have up to
 * three words between them ("impose a 25% tariff"). Cue lists decide the claim: negation
 * (disputed), hedges (alleged) and attribution ("X said", "according to X").
 */
import type { RelationTypeId } from './relation-types';

// prettier-ignore
export const RELATION_TRIGGERS: Readonly<Record<RelationTypeId, readonly string[]>> = {
  allied: [
    'ally', 'alliance', 'allied', 'partnership', 'strategic partner', 'global partner',
    'align with', 'close ties', 'deep ties', 'ties bind', 'bind to', 'running mate',
  ],
  supported: [
    'back', 'endorse', 'support', 'aid', 'assist', 'assistance', 'help', 'fund', 'finance',
    'praise', 'defend', 'side with', 'champion', 'stand with', 'rally behind', 'shield',
    'shielding', 'rely on', 'recipient', 'reinforce', 'pledge support', 'back up', 'bolster',
    'campaign for', 'vote for', 'protect', 'rescue', 'donate', 'sponsor', 'protege', 'protégé',
    'bankroll', 'advocacy', 'advocate for',
  ],
  cooperated: [
    'cooperate', 'cooperation', 'collaborate', 'collaboration', 'agreement', 'sign agreement',
    'sign deal', 'sign accord', 'sign treaty', 'sign pact', 'accord', 'treaty', 'pact', 'work with',
    'work together', 'join force', 'coordinate', 'coordination', 'agree on', 'agree to deal',
    'accept deal', 'accept agreement', 'trade deal', 'trade agreement', 'extradite', 'extradition',
    'repatriate', 'repatriation', 'cooperation agreement', 'joint venture', 'partner with',
    'collude', 'collusion',
  ],
  negotiated: [
    'negotiate', 'negotiation', 'renegotiate', 'talks', 'peace process', 'peace talks',
    'dialogue', 'mediate', 'mediation', 'mediator', 'guarantor', 'compromise', 'ceasefire',
    'truce', 'peace deal', 'peace agreement', 'peace accord', 'bargain',
    'make peace', 'reach a deal', 'reach an agreement',
  ],
  met: [
    'meet', 'meeting', 'phone call', 'call with', 'call between', 'hold call', 'speak with', 'talk with', 'speak to', 'visit',
    'host', 'receive', 'summit', 'welcome', 'sit down with', 'encounter', 'phone',
    'white house meeting', 'hold talks', 'invite', 'invitation', 'address', 'attend',
  ],
  criticized: [
    'criticise', 'criticize', 'criticism', 'critic', 'critical of', 'condemn', 'condemnation',
    'denounce', 'reject', 'lash out', 'slam', 'blast', 'rebuke', 'decry', 'censure', 'oppose',
    'opposition to', 'call out', 'mock', 'insult', 'dismiss', 'deride', 'protest', 'disobey',
    'clash', 'confront', 'confrontation', 'confrontational', 'feud', 'spar', 'rift', 'rupture',
    'object to', 'speak out against', 'disparage', 'chide', 'challenge', 'fault', 'grievance',
    'rhetoric', 'tension', 'attack on', 'unease', 'hostile', 'hostility', 'describe as',
    'call a', 'label', 'brand', 'compare to', 'disagree', 'scold', 'ridicule', 'question',
    'warn against',
  ],
  accused: [
    'accuse', 'accusation', 'blame', 'charge', 'indict', 'indictment', 'implicate',
    'prosecute', 'prosecution', 'face charges', 'allege', 'link to', 'tie to', 'investigate',
    'investigation', 'convict', 'sue', 'lawsuit',
  ],
  threatened: [
    'threaten', 'threat', 'warn', 'warning', 'ultimatum', 'hint at', 'menace', 'intimidate',
    'retaliate', 'retaliation', 'vow to', 'reciprocal tariff', 'coerce', 'coercive',
    'pressure', 'tariff threat',
  ],
  sanctioned: [
    'sanction', 'impose tariff', 'impose sanction', 'tariff', 'revoke visa', 'revoke',
    'decertify', 'decertification', 'ban', 'blacklist', 'freeze asset', 'expel', 'sever tie',
    'sever relation', 'break relation', 'break tie', 'cut aid', 'reduce aid', 'suspend aid',
    'halt', 'suspend', 'purge', 'embargo', 'punish', 'restrict', 'designate terrorist',
    'cut off', 'withdraw', 'deport', 'deportation', 'boycott', 'oust', 'strip',
  ],
  attacked: [
    'attack', 'strike', 'raid', 'kill', 'offensive', 'bomb', 'bombing', 'assassinate',
    'assassination', 'murder', 'shoot', 'ambush', 'invade', 'invasion', 'capture', 'kidnap',
    'detain', 'arrest', 'torture', 'siege', 'massacre', 'targeting', 'assault', 'fire on',
    'seize', 'topple', 'overthrow', 'coup', 'war on', 'fight', 'combat', 'violence against',
    'persecute', 'persecution', 'crackdown', 'military action', 'inflict defeat', 'defeat',
    'quash', 'crush', 'wipe out', 'destroy', 'abduct', 'abduction',
  ],
  'member-of': [
    'member', 'leader', 'leader of', 'minister', 'president', 'president of', 'head of',
    'chief', 'chair', 'join', 'founder', 'commander', 'mayor', 'senator', 'governor',
    'candidate', 'secretary of state', 'ambassador', 'representative', 'belong to', 'serve as',
    'spokesperson', 'official', 'militant', 'vice president', 'prime minister', 'director',
    'elect', 'presidency', 'take office', 'government', 'administration', 'former guerrilla',
    'win a seat', 'lead', 'head', 'vice minister', 'cabinet', 'premier', 'chancellor',
    'general', 'envoy', 'inner circle', 'campaign', 'election', 'party', 'coalition',
    're-elect', 'seat in', 'term in', 'serve in', 'found party', 'found movement', 'was with',
    'were with', 'assume presidency', 'take over presidency', 'hold presidency',
  ],
  appointed: [
    'appoint', 'appointment', 'name as', 'nominate', 'nomination', 'pick', 'choose', 'tap',
    'install', 'swear in', 'promote', 'designate as', 'replace',
  ],
  family: [
    'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother',
    'first lady', 'spouse', 'child', 'parent', 'cousin', 'uncle', 'nephew', 'niece',
    'grandson', 'granddaughter', 'ex-wife', 'ex-husband', 'marry', 'married', 'family',
    'stepson', 'stepdaughter',
  ],
};

/** Irregular forms of the lemmas above (form → lemma); regular inflections need no entry. */
// prettier-ignore
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  met: 'meet', struck: 'strike', stricken: 'strike', fought: 'fight', spoke: 'speak',
  spoken: 'speak', led: 'lead', shot: 'shoot', took: 'take', taken: 'take', won: 'win',
  broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', held: 'hold', sat: 'sit',
  stood: 'stand', swore: 'swear', sworn: 'swear', cut: 'cut', ran: 'run', children: 'child',
  wives: 'wife', sought: 'seek', made: 'make', withdrew: 'withdraw', withdrawn: 'withdraw',
  elected: 'elect', leaders: 'leader', 'ex-wives': 'ex-wife', allies: 'ally', allied: 'allied',
  married: 'married', critics: 'critic', talks: 'talks', said: 'say', told: 'tell',
  wrote: 'write', written: 'write', bound: 'bind', tied: 'tie', became: 'become',
  began: 'begin', came: 'come', sent: 'send', gave: 'give',
};

/** Words that deny the act when they come just before the trigger: the claim is disputed. */
// prettier-ignore
export const NEGATION_CUES: readonly string[] = [
  'not', "n't", 'never', 'no', 'deny', 'denied', 'denies', 'refuse to', 'refused to',
  'refuses to', 'decline to', 'declined to', 'rule out', 'ruled out', 'rejected claims',
];

/** Words that present the act as unproven: the claim is alleged. */
// prettier-ignore
export const HEDGE_CUES: readonly string[] = [
  'allegedly', 'alleged', 'reportedly', 'suspected', 'accused of', 'without evidence',
  'without any evidence', 'claims', 'claimed', 'purportedly', 'supposedly', 'rumoured',
  'rumored', 'unconfirmed', 'is said to', 'are said to', 'may have', 'might have',
];

/** Verbs of saying: "X said", "said X" make the claim attributed to X. */
// prettier-ignore
export const ATTRIBUTION_VERBS: readonly string[] = [
  'say', 'state', 'tell', 'argue', 'add', 'note', 'insist', 'write', 'tweet', 'post',
  'declare', 'announce', 'explain', 'assert', 'remark', 'maintain', 'contend', 'respond',
  'reply', 'warn', 'recall', 'acknowledge', 'admit', 'suggest', 'stress',
];

/** Verbs of holding a view: "X believes that …" reports X's verdict as X's own. */
// prettier-ignore
export const OPINION_VERBS: readonly string[] = ['believe', 'think', 'consider', 'feel', 'fear', 'doubt'];

/** Phrases that put the speaker after them: "according to X". */
// prettier-ignore
export const ATTRIBUTION_PHRASES: readonly string[] = ['according to', 'in the words of'];

/**
 * Nouns of office and of kinship that name a relation only in title or apposition position,
 * next to the names they relate: "Defense Minister Iván Velásquez", "Colombia's president",
 * "Petro's wife Verónica Alcocer", "the leader of the ELN". Elsewhere ("a cabinet meeting",
 * "the government is struggling") they trigger nothing.
 */
// prettier-ignore
export const POSITIONAL_TRIGGERS: readonly string[] = [
  'member', 'leader', 'minister', 'president', 'chief', 'chair', 'founder', 'commander',
  'mayor', 'senator', 'governor', 'candidate', 'secretary of state', 'ambassador',
  'representative', 'spokesperson', 'official', 'militant', 'vice president', 'prime minister',
  'director', 'presidency', 'government', 'administration', 'former guerrilla', 'head',
  'vice minister', 'cabinet', 'premier', 'chancellor', 'general', 'envoy', 'inner circle',
  'campaign', 'election', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father',
  'mother', 'first lady', 'spouse', 'child', 'parent', 'cousin', 'uncle', 'nephew', 'niece',
  'grandson', 'granddaughter', 'ex-wife', 'ex-husband', 'family', 'stepson', 'stepdaughter',
  'party', 'coalition',
];

/**
 * Words of a negative verdict on someone inside a quotation ("completely wrong", "a paranoid
 * style", "no strategy at all"): with a named speaker, the quotation is a criticism.
 */
// prettier-ignore
export const NEGATIVE_VERDICTS: readonly string[] = [
  'wrong', 'paranoid', 'undisciplined', 'incompetent', 'incompetence', 'failure', 'chaotic',
  'uneven', 'no strategy', 'not a good', 'not an effective', 'not been an effective',
  'ineffective', 'disaster', 'disastrous', 'reckless', 'irresponsible', 'stupidity', 'stupid',
  'hypocrisy', 'hypocritical', 'liar', 'authoritarian', 'mistake', 'ideologue', 'puppet',
  'abhorrent', 'shameful', 'unacceptable', 'difficult to trust', 'inept', 'arrogant',
  'dishonest', 'demagogue', 'populist', 'divisive', 'erratic', 'careless', 'lazy',
];

/**
 * "X called Y a …": a name for someone is an accusation when it names a crime ("a drug
 * lord", "an accomplice to genocide"), otherwise a criticism ("a sick man"). These words,
 * within a few words after the article, make it an accusation.
 */
// prettier-ignore
export const CRIME_LABELS: readonly string[] = [
  'drug', 'narco', 'trafficker', 'criminal', 'terrorist', 'terrorism', 'genocide', 'accomplice',
  'murderer', 'killer', 'thug', 'gangster', 'cartel', 'mafia', 'corrupt', 'thief', 'fraud',
  'war criminal', 'dictator', 'kidnapper', 'cocaine', 'trafficking', 'laundering',
];
