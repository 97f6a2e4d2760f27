"""Basic accessibility checks of a page: landmarks, headings in order, labelled controls, links with names
(from its HTML, so they run with or without a browser), and readable contrast (in the browser, from the
computed styles: WCAG AA, 4.5:1 for text, 3:1 for large text)."""
from __future__ import annotations

import lxml.html

CONTROLS = "//input[not(@type='hidden') and not(@type='submit') and not(@type='button')]|//select|//textarea"


def structure_problems(html: str, landmarks: bool = True) -> list[str]:
    """What a screen-reader user would trip over; empty when the page passes."""
    doc = lxml.html.document_fromstring(html)
    problems = []
    if landmarks:
        for xpath, name in (("/html/body/header", "a banner (body > header)"), ("//main", "a main landmark"),
                            ("//nav", "a navigation landmark"), ("/html/body/footer", "a contentinfo (body > footer)")):
            if not doc.xpath(xpath):
                problems.append(f"no {name}")
        if len(doc.xpath("//main")) > 1:
            problems.append("more than one main")
    if not doc.xpath("string(/html/@lang)"):
        problems.append("no language on <html>")
    if not doc.xpath("string(//title)").strip():
        problems.append("no title")
    levels = [int(h.tag[1]) for h in doc.xpath("//h1|//h2|//h3|//h4|//h5|//h6")]
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        problems.append(f"headings must start with the one h1: {levels[:5]}")
    problems += [f"heading level jumps from h{a} to h{b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    labelled = set(doc.xpath("//label/@for"))
    for control in doc.xpath(CONTROLS):
        if control.get("id") not in labelled and not control.get("aria-label") and not control.get("aria-labelledby"):
            problems.append(f"unlabelled <{control.tag} name={control.get('name')}>")
    for button in doc.xpath("//button"):
        if not button.text_content().strip() and not button.get("aria-label"):
            problems.append("a button without a name")
    for link in doc.xpath("//a[@href]"):
        if not link.text_content().strip() and not link.get("aria-label"):
            problems.append(f"a link without a name: {link.get('href')}")
    for table in doc.xpath("//table"):
        if not table.xpath(".//th"):
            problems.append("a table without header cells")
    return problems


#: Run in the page: every visible element with text of its own whose colour against its (first opaque)
#: background falls below WCAG AA. Returns [tag, text, ratio, needed].
CONTRAST_JS = """
const parse = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
  const p = m[1].split(',').map(parseFloat); return {rgb: p.slice(0, 3), a: p.length > 3 ? p[3] : 1}; };
const lum = rgb => { const c = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
const background = el => { for (; el; el = el.parentElement) { const c = parse(getComputedStyle(el).backgroundColor);
  if (c && c.a > 0) return c.rgb; } return [255, 255, 255]; };
const low = [];
for (const el of document.querySelectorAll('body *')) {
  if (el instanceof SVGElement) continue;
  if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
  const style = getComputedStyle(el), box = el.getBoundingClientRect();
  if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.right < 0) continue;
  const fg = lum(parse(style.color).rgb), bg = lum(background(el));
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
  const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
  if (ratio < needed) low.push([el.tagName, el.textContent.trim().slice(0, 40), ratio.toFixed(2), needed]);
}
return low;
"""
