// The phrases that state a membership fact, per status and language. Data, not code paths:
// patterns run on folded text (lowercase, no accents, hyphens as spaces; see normalize.ts).
import type { Status } from '@/lib/domain/statuses';
import type { Lang } from './types';

export type Rule = {
  kind: 'status_change' | 'invitation';
  status: Status;
  /** event: something happened (a date in the sentence is its start); state: how things stand. */
  aspect: 'event' | 'state';
  pattern: string;
  /**
   * object: the organization (or a word for it: "the alliance") must follow the phrase closely
   * ("joined NATO"); state: a state must stand right beside it ("Sweden's accession",
   * "la suspension du Gabon"); stateAfter: right after it ("the AU suspended Niger").
   */
  needs?: 'object' | 'state' | 'stateAfter';
  /** The organization is the subject, named just before the phrase ("the bloc was formed by"). */
  subjectOrganization?: boolean;
  /** Founders take the founding date, wherever the sentence gives it. */
  foundingDate?: boolean;
  /** A phrase naming an existing invitation ("their invitation to join") holds even in a hope. */
  presupposed?: boolean;
};

const NOT_OTHER = '(?!observ|associ|partner|partenaire|non )';

const EN: Rule[] = [
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: `\\b(?:became|becomes|becoming|has become|have become|had become)\\s+(?:${NOT_OTHER}\\S+\\s+){0,4}?(?:member|members|ally)\\b` },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:officially |formally |finally )?(?:joined|joins|acceded to|accedes to)\\b', needs: 'object' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:was|were|has been|have been|is|are|been)\\s+(?:officially |formally |finally )?(?:admitted|accepted)\\s+(?:as (?:a |an |the )?(?:\\S+ )?(?:full )?member|into|to)\\b' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:accession|admission|entry)\\b', needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\badmit(?:s|ted|ting)?\\b', needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:gained|obtained|won|secured|achieved|granted)\\s+(?:full\\s+)?membership\\b' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:lift(?:ed|s|ing)?|lifting of|end(?:ed|ing|s)?)\\s+(?:\\S+\\s+){0,3}?suspension\\b' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:re ?admit(?:ted|s|ting)?|re ?admission|readmittance|reinstat(?:ed|es|e|ing|ement)|re ?instat(?:ed|ement))\\b', needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:rejoin(?:ed|s)?|return(?:ed|s)? to)\\b', needs: 'object' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\brestor(?:ed|es|e|ing)\\s+(?:its |their |the )?membership\\b' },
  { kind: 'status_change', status: 'member', aspect: 'state', pattern: `\\b(?:is|are|remains|remain|has been|have been)\\s+(?:now\\s+|still\\s+|already\\s+|also\\s+)?(?:a|an|the)\\s+(?:${NOT_OTHER}\\S+\\s+){0,3}?member\\b` },
  { kind: 'status_change', status: 'observer', aspect: 'event', pattern: '\\b(?:granted|granting|given|giving|obtained|received|awarded|accorded|won|gained)\\s+(?:\\S+\\s+){0,3}?observer(?: status)?\\b' },
  { kind: 'status_change', status: 'observer', aspect: 'event', pattern: '\\b(?:became|becomes|has become|admitted as)\\s+(?:an\\s+|the\\s+)?(?:\\S+\\s+)?observer\\b' },
  { kind: 'status_change', status: 'observer', aspect: 'state', pattern: '\\bobserver (?:nation|state|country|member|countries|states|nations|members)\\b|\\bobserver status\\b|\\bas (?:an? )?observers?\\b|\\b(?:is|are|remains) (?:now |still |also )?(?:an? )?observers?\\b' },
  { kind: 'status_change', status: 'associate', aspect: 'state', pattern: '\\bassociate (?:member(?:ship)?|state|status)\\b' },
  { kind: 'status_change', status: 'partner', aspect: 'state', pattern: '\\bstatus of (?:an? |the )?(?:\\S+ )?partners?\\b' },
  { kind: 'status_change', status: 'observer', aspect: 'state', pattern: '\\bstatus of (?:an? |the )?(?:\\S+ )?observers?\\b' },
  { kind: 'status_change', status: 'partner', aspect: 'state', pattern: '\\bdialogue partners?(?:hip)?\\b|\\bpartner (?:country|state|status)\\b|\\b(?:became|becomes|has become)\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+)?partner\\b' },
  { kind: 'status_change', status: 'applicant', aspect: 'event', pattern: '\\b(?:appl(?:ied|ies|ying)|applications?)\\s+(?:formally\\s+)?(?:for\\s+(?:full\\s+|formal\\s+)?(?:\\S+\\s+)?(?:membership|accession|admission)|to\\s+(?:join|become))\\b' },
  { kind: 'status_change', status: 'applicant', aspect: 'event', pattern: '\\b(?:submitted|filed|lodged|handed in|submits|files)\\s+(?:its|an|a|their|the)\\s+(?:formal\\s+|official\\s+)?(?:membership\\s+)?(?:application|bid)\\b' },
  { kind: 'status_change', status: 'applicant', aspect: 'event', pattern: '\\b(?:asked|requested|formally requested|applied)\\s+to\\s+join\\b' },
  { kind: 'status_change', status: 'applicant', aspect: 'state', pattern: '\\bcandidate (?:status|country|countries)\\b' },
  { kind: 'status_change', status: 'suspended', aspect: 'event', pattern: '\\b(?:was|were|has been|have been|had been|been|is|are|remains|remain)\\s+(?:\\S+\\s+)?suspended\\b|\\bsuspension\\b', needs: 'state' },
  { kind: 'status_change', status: 'suspended', aspect: 'event', pattern: '\\bsuspend(?:ed|s|ing)?\\b', needs: 'stateAfter' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\bsuspension\\s+(?:\\S+\\s+){0,5}?(?:was|has been|had been|is|were)\\s+(?:\\S+\\s+)?lifted\\b' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: '\\b(?:withdr(?:ew|awn|aws|awing)|withdrawal|pull(?:ed|s|ing)? out|walked out|exit(?:ed|s)?|exit|departure|left|leaves|leaving|quit|quits|quitting)\\s+(?:from\\s+|of\\s+)?', needs: 'object' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: '\\b(?:was|were|has been|have been|had been|been)\\s+expelled\\b|\\b(?:expulsion|withdrawal|exit|departure)\\b', needs: 'state' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: '\\bexpel(?:led|s)?\\b', needs: 'stateAfter' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: '\\b(?:ceased|ceases) to be (?:a )?member\\b|\\b(?:was|were|has been|have been) withdrawn\\b' },
  { kind: 'status_change', status: 'member', aspect: 'state', pattern: '\\b(?:includes|include|including|comprises|comprising|consists of|made up of|composed of|currently groups|groups together|brings together)\\b', needs: 'state', subjectOrganization: true },
  { kind: 'status_change', status: 'member', aspect: 'state', pattern: '\\b(?:members|member states|member countries)\\s+(?:are|include|comprise)\\b|\\b(?:current|existing|permanent|full) members\\b', needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\bfounding (?:members?|states|fathers)\\b|\\bfounders\\b', needs: 'state', foundingDate: true },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: '\\binvit(?:ed|es|e|ing)\\s+(?:\\S+\\s+){0,14}?to\\s+(?:join|become|be|enter)\\b' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:formed|founded|established|created)\\s+(?:\\S+\\s+){0,4}?by\\b|\\badded\\b', needs: 'state', subjectOrganization: true },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: '\\b(?:asked|urged)\\s+(?:them|it|\\S+)\\s+to\\s+(?:become|join)\\b' },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: '\\binvitations?\\s+(?:\\S+\\s+){0,3}?to\\s+(?:join|become)\\b', presupposed: true },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: '\\b(?:extended|issued|received|accepted)\\s+(?:an |the |its |their )?invitations?\\b', presupposed: true },
];

const FR: Rule[] = [
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: `\\b(?:est|sont|a ete|ont ete|etait|devient|deviennent|devenu|devenue|devenus)\\s+(?:officiellement\\s+|formellement\\s+|desormais\\s+)?(?:devenue?s?\\s+|admise?s?\\s+)?(?:comme\\s+|en tant que\\s+)?(?:le\\s+|la\\s+|l'|un\\s+|une\\s+)?(?:${NOT_OTHER}\\S+\\s+)?(?:membre|membres)\\b(?!\\s+(?:observ|associ))` },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: "\\b(?:a|ont|avait|avaient)\\s+(?:officiellement\\s+|formellement\\s+)?(?:rejoint|adhere|integre)\\b|\\brejoint\\b|\\badher(?:e|ent) a\\b", needs: 'object' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: "\\b(?:adhesion|admission|entree)\\b", needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\blev(?:ee|er|e|ent|era|ait)\\s+(?:\\S+\\s+){0,5}?suspension\\b' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:reintegr(?:e|er|ation|ee|ent)|readmi(?:s|se|ssion))\\b', needs: 'state' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: "\\bretrouve (?:son siege|sa place)\\b" },
  { kind: 'status_change', status: 'observer', aspect: 'event', pattern: "\\b(?:obtenu|obtient|obtiennent|accorde|accordee|octroye|octroie|recu|recoit|devenu|devenue|devient)\\s+(?:\\S+\\s+){0,3}?(?:statut d'observateur|observateur)\\b" },
  { kind: 'status_change', status: 'observer', aspect: 'state', pattern: "\\bstatut d'observateur\\b|\\b(?:pays|etat|etats|membre|membres|nation)s? observateurs?\\b|\\ben (?:tant que|qualite d') ?observateur\\b|\\best (?:un )?observateur\\b" },
  { kind: 'status_change', status: 'associate', aspect: 'state', pattern: '\\bmembres? associes?\\b' },
  { kind: 'status_change', status: 'member', aspect: 'state', pattern: '\\b(?:regroupe|comprend|rassemble|compte parmi ses membres)\\b', needs: 'state', subjectOrganization: true },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\b(?:membres|etats) fondateurs\\b|\\bfondateurs\\b', needs: 'state', foundingDate: true },
  { kind: 'status_change', status: 'partner', aspect: 'state', pattern: '\\bpartenaires? de dialogue\\b|\\b(?:pays|etats?) partenaires?\\b|\\bstatut de partenaire\\b' },
  { kind: 'status_change', status: 'applicant', aspect: 'event', pattern: "\\b(?:a|ont)\\s+(?:officiellement\\s+|formellement\\s+)?(?:demande|sollicite)\\s+(?:son\\s+|leur\\s+|l')?(?:adhesion|integration)\\b|\\bdemande d'adhesion\\b|\\b(?:a|ont) depose (?:sa|leur) candidature\\b|\\bcandidature (?:a|pour) l'adhesion\\b" },
  { kind: 'status_change', status: 'applicant', aspect: 'state', pattern: '\\bstatut de (?:pays )?candidat\\b' },
  { kind: 'status_change', status: 'suspended', aspect: 'event', pattern: "\\b(?:a ete|ont ete|est|sont|avait ete|etait|reste|restent|vient d'etre|viennent d'etre)\\s+(?:\\S+\\s+)?suspendue?s?\\b|\\bsuspension\\b|\\bsuspendue?s?\\s+(?:de|des|du)\\b", needs: 'state' },
  { kind: 'status_change', status: 'suspended', aspect: 'event', pattern: '\\b(?:a|ont|avait|avaient)\\s+suspendu\\b|\\bsuspend(?:re|ait|ent)\\b', needs: 'stateAfter' },
  { kind: 'status_change', status: 'member', aspect: 'event', pattern: '\\bsuspension\\s+(?:\\S+\\s+){0,5}?(?:a ete|est|sera|avait ete)\\s+(?:\\S+\\s+)?levee\\b' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: "\\bretrait\\b|\\bexclu(?:e|s|es|sion)?\\b", needs: 'state' },
  { kind: 'status_change', status: 'withdrawn', aspect: 'event', pattern: "\\b(?:se retir(?:e|ent|er)|s'est retiree?|se sont retire(?:e)?s|quitt(?:e|ent|er)|a quitte|ont quitte|sortie|sortir|sort|sortent)\\s+(?:de\\s+|du\\s+|des\\s+)?", needs: 'object' },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: "\\binvit(?:e|es|ee|ees|er|ent|ait)\\s+(?:\\S+\\s+){0,14}?a\\s+(?:rejoindre|adherer|devenir|integrer)\\b" },
  { kind: 'invitation', status: 'member', aspect: 'event', pattern: "\\binvitation\\s+a\\s+(?:rejoindre|adherer|devenir|integrer)\\b", presupposed: true },
];

export const RULES: Record<Lang, Rule[]> = { en: EN, fr: FR };

/** Words that make a statement a hope, a plan, a denial or a past long gone, within its clause. */
export const MODALITY: Record<Lang, RegExp> = {
  en: /\b(?:not|n't|never|no longer|yet to|hopes?|hoped|hopeful|hoping|would|could|might|may|will|shall|wants?|wanted|wanting|seeks?|seeking|sought|plans?|planned|planning|expected|expects|expecting|set to|poised|aims?|aiming|intends?|intention|if|whether|once|consider(?:s|ed|ing)?|possible|possibly|potential|prospective|future|previously|formerly|former|until|proposed|proposal|desire|ready to|prepare|preparing|eager|keen|likely|unlikely|about to|calls? for|called for|urged?|refused?|threaten(?:s|ed)?|considering|discuss(?:es|ed|ing)?|debate|toward|towards|path to|road to|roadmap|in principle|bid|to make|to bring)\b/,
  fr: /\b(?:ne|n'|pas|jamais|esperer?|espere(?:nt)?|espoir|souhaite(?:nt)?|souhait|voudrai(?:t|ent)|pourrai(?:t|ent)|devrai(?:t|ent)|va|vont|ira|iront|sera|seront|envisage(?:nt)?|projet|si|lorsque|une fois|desir|volonte|intention|futur|future|prochain|prochaine|ancien|ancienne|auparavant|jusqu'|candidat|feuille de route|en principe)\b/,
};

/** Where a clause starts: a hope before it does not reach past it. */
export const CLAUSE_BREAK: Record<Lang, RegExp> = {
  en: /[,;]|\b(?:but|because|while|whereas|and|which|who|that|after|before|since|although|when)\b/g,
  fr: /[,;]|\b(?:mais|car|parce qu|tandis qu|alors qu|qui|que|qu'|et|apres|avant|lorsqu|quand|depuis)\b/g,
};

/** Words that stand for an organization named earlier ("the alliance", "l'organisation", "our"). */
export const ORGANIZATION_ANAPHORA: Record<Lang, RegExp> = {
  en: /^it\b|\b(?:the|its|our|their|this)\s+(?:[\w']+\s+){0,3}?(?:alliance|bloc|block|group|grouping|body|organization|league|union|community|club|association|forum|family|fold)\b|\bour\b/g,
  fr: /^elle\b|(?:\b(?:le|la|cette|notre|leur|son|sa|ce)\s+|\bl')(?:[\w']+\s+){0,3}?(?:organization|alliance|bloc|groupe|groupement|institution|union|communaute|ligue|organisme)\b/g,
};

/** After an organization, words that make it a place or an event rather than the body joined. */
export const NOT_THE_BODY = /^\s*(?:'s\b|(?:summit|summits|meeting|meetings|talks|headquarters|conference|ministers|leaders|foreign|secretary|chair|session|sommet|reunion|siege|ministres|dirigeants|countries|states|pays|etats|member|members|membres)\b)/;

/** After an event phrase, words that make it a plan or a step on the way ("accession talks"). */
export const NOT_DONE = /^\s*(?:talks|negotiations|process|bid|request|application|criteria|roadmap|procedure|plans?|hopes?|ambitions?|aspirations?|prospects?|path|drive|efforts?|negociations|processus|demande|candidature|feuille de route)\b/;

/** Which invited status a phrase names after the invitation, if not membership. */
export const INVITED_STATUS: { status: Status; pattern: RegExp }[] = [
  { status: 'observer', pattern: /\bobserv/ },
  { status: 'associate', pattern: /\bassoci/ },
  { status: 'partner', pattern: /\bpartner|\bpartenaire/ },
];

/** A list followed by "as observers" or "comme partenaires" holds that status, whatever the phrase before. */
export const LIST_STATUS: { status: Status; pattern: RegExp }[] = [
  { status: 'observer', pattern: /^\s*(?:as|comme|en tant que)\s+(?:an?\s+|des\s+)?(?:observers?|observateurs?)\b/ },
  { status: 'partner', pattern: /^\s*(?:as|comme|en tant que)\s+(?:an?\s+|des\s+)?(?:dialogue\s+)?(?:partners?|partenaires?)\b/ },
  { status: 'associate', pattern: /^\s*(?:as|comme|en tant que)\s+(?:an?\s+|des\s+)?(?:associate members?|membres? associes?)\b/ },
];
