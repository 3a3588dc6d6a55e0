/**
 * The newspaper, agency or site a report opens with (北京商报讯, 新华社北京10月17日电,
 * 荆楚网消息, 【香港商报讯】), its source line (来源:香港商报), and the same names again
 * later in the page (荆楚网记者从…). The place of a dateline (北京, 兰州) is a place mention.
 */
import type { Candidate } from './candidate.js';
import { NAMES } from './lexicon.js';
import { Trie } from './trie.js';

// At a line's start, after an optional bracket: a name, an optional date, then 讯/电/消息 and a break.
// Tried only where a line starts (sticky): a search over the whole text would try it at every position.
const DATELINE = /(?:^|\n)[ \t\u3000]*[【[〔(（]?([\u4e00-\u9fff·]{2,14}?)((?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:讯|訊|电|電|消息)(?=[\s】\]〕)）(（:：，,]|$)/y;
const SOURCE = /(?:来源|來源|稿源|转自|轉自)[:：][ \t\u3000]*([\u4e00-\u9fff]{2,12}?(?:报|報|网|網|社|台|刊|杂志|雜誌))(?=[\s|｜，,。]|$)/g;
// A site named before a paper in a credit (新甘肃·甘肃日报记者): the part before the dot. Read from
// each dot, since a pattern starting on any Chinese character would try every position of the text.
const PAIRED_BEFORE = /[\u4e00-\u9fff]{2,6}$/;
const PAIRED_AFTER = /^[\u4e00-\u9fff]{2,10}?(?:记者|記者)/;
// The medium a credit opens with: (中央社记者林孟汝…), 〔自由时报记者洪友芳…〕, ·甘肃日报记者.
const CREDIT_MEDIA = /[（(〔【·]([\u4e00-\u9fff]{2,8}?)(?=(?:特约|见习|实习|見習|實習)?(?:记者|記者|通讯员|通訊員))/g;
// The roles that pattern looks for: a page without any has no credit to read, and is not searched.
const CREDIT_ROLES = ['记者', '記者', '通讯员', '通訊員'];
// This paper, this site: the report's own masthead, not a name.
const OWN = /^(?:本报|本報|本刊|本网|本網|本台|本站)/;
const MAX_PLACE = 4;
const NEWS_WORD_END = /[快简资通喜短音视传来致供]$/;
const MEDIA_END = /(?:社|网|網|台|报|報|刊)$/;

/**
 * Media names of datelines, source lines and credits, their later mentions, and dateline places.
 *
 * @example
 * findDatelines('新华社北京10月17日电（记者温竞华）').map((c) => c.type); // ['organization', 'place']
 */
export function findDatelines(text: string): Candidate[] {
  const found: Candidate[] = [];
  // A match never holds a line break past its first character, so the next one starts at a later line.
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at + 1)) {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    // 园区快讯, 科技简讯: a column title, not a medium. 电 without a date needs a medium's word (新华社北京电).
    if (NEWS_WORD_END.test(name)) continue;
    if (m[0].endsWith('电') && !m[2] && !MEDIA_END.test(name.slice(0, name.length - trailingPlace(name)))) continue;
    if (name.includes('的') || OWN.test(name)) {
      const place = trailingPlace(name);
      if (place > 0 && OWN.test(name)) found.push({ start: start + name.length - place, end: start + name.length, type: 'place', source: 'lexicon', standalone: true });
      continue;
    }
    const place = trailingPlace(name);
    const orgEnd = start + name.length - place;
    if (orgEnd - start >= 2) found.push({ start, end: orgEnd, type: 'organization', source: 'lexicon' });
    if (place > 0) found.push({ start: orgEnd, end: start + name.length, type: 'place', source: 'lexicon', standalone: true });
  }
  for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', dot + 1)) {
    const before = PAIRED_BEFORE.exec(text.slice(Math.max(0, dot - 6), dot));
    if (!before || !PAIRED_AFTER.test(text.slice(dot + 1, dot + 13))) continue;
    if (!OWN.test(before[0])) found.push({ start: dot - before[0].length, end: dot, type: 'organization', source: 'lexicon' });
  }
  const credited = CREDIT_ROLES.some((r) => text.includes(r));
  for (const re of credited ? [SOURCE, CREDIT_MEDIA] : [SOURCE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      if (!OWN.test(m[1]!)) found.push({ start, end: start + m[1]!.length, type: 'organization', source: 'lexicon' });
    }
  }
  return withLaterMentions(text, found);
}

/** The length of a place ending `name` (新华社北京 → 2), 0 when none or when the place is all of it. */
function trailingPlace(name: string): number {
  for (let k = Math.min(MAX_PLACE, name.length - 2); k >= 2; k--) {
    if (NAMES.get(name.slice(name.length - k))?.type === 'place') return k;
  }
  return 0;
}

/** The organisations found, and each later occurrence of one of them. */
function withLaterMentions(text: string, found: Candidate[]): Candidate[] {
  const orgs = found.filter((c) => c.type === 'organization');
  if (orgs.length === 0) return found.sort((a, b) => a.start - b.start);
  const trie = new Trie<number>('forward');
  for (const c of orgs) trie.set(text.slice(c.start, c.end), c.end);
  const taken = new Set(found.map((c) => c.start));
  const out = [...found];
  for (const m of trie.scan(text)) {
    if (taken.has(m.start)) continue;
    out.push({ start: m.start, end: m.end, type: 'organization', source: 'lexicon' });
  }
  return out.sort((a, b) => a.start - b.start);
}
