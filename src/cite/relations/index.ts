/**
 * Roles and relations (spec §5.2, §6.3, §6.4). A mention is HEAD (the citing document refers to it), EMBEDDED (it sits in
 * another cited document's description: "Số 920-CTr/TU … về thực hiện Nghị quyết số 18-NQ/TW") or ALIAS. A HEAD's relation
 * comes from its zone and the trigger that opens its paragraph or clause; an EMBEDDED mention is "cites" for the citing
 * document and carries the relation its neighbour asserts. The extractor (../extract.ts) is the one reader of this entry.
 */
export { ARTICLE_HEADING_LINE, assignRoles } from './roles.js';
export type { RoleInput, RoleOutput } from './roles.js';
export { verbRelation } from './verbs.js';
export { actingDocument, attachedStart } from './document.js';
export { disappliedForThis, headRelation, provisionsReplacedByThis } from './head.js';
export { governingArticleHeading, lastArticleHeading } from './guidance.js';
export { operativeScope, partNamedAfter } from './scope.js';
export { AMENDING_TITLE_AT_END, secondaryActs } from './secondary.js';
export { itemActs, placesAfterForDocument, repealAnnexAt } from './items.js';
export type { ItemActs } from './items.js';
export { inRepealList, listHead, listHeadSaysPart } from './lists.js';
export { inLineTableTitleCell, lineTableRowAction, lineTableRowDisposal, lineTableRowExtent, lineTableRowItemAction, reportingTableCell, tableRowAct } from './tables.js';
export { passiveAct, untitledRepeals } from './passive.js';
export { DISAPPLIED_AFTER, ENDED_FOR, ENDED_FOR_AFTER, endedAfterItems, repealedAfterItems } from './endings.js';
export { AND_WITH_PLACES_BETWEEN, DAY_GIVEN, DISAPPLYING_LIST, FIRST_ARTICLE_AMENDS, MATTER_NAMED_BEFORE, MATTER_PROVISIONS_BEFORE, PIPE_ROW_OPENING, PLACE_WORD, PLACES_CELL, TABLE_ROW_START, THIS_DOCUMENT, TITLE_AMENDS, TITLE_REPEALS } from './patterns.js';
