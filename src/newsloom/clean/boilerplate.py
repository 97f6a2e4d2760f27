"""What a block of page text is: body prose, a short label, page furniture, or a marker that the article ended.

The rules describe the furniture of news pages in general (sharing and comment prompts, newsletter and app
promos, copyright and cookie notices, related-article lists, bylines and time stamps), not any one site. Prose is
told from furniture by length and by the share of function words (stop words, as in jusText), which navigation
and link lists lack in every language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

import justext

# ISO 639-1 codes (as py3langid returns them) to the names of jusText's stop lists.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish",
    "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay",
    "mt": "Maltese", "ne": "Nepali", "nl": "Dutch", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese",
}


@lru_cache(maxsize=None)
def stoplist(language: str | None) -> frozenset[str]:
    """Function words of ``language`` (ISO code); empty for languages jusText has none for (e.g. Japanese)."""
    name = _STOPLIST_NAMES.get((language or "en").lower()[:2])
    return frozenset(justext.get_stoplist(name)) if name else frozenset()


class Kind(Enum):
    PROSE = "prose"          # a body paragraph
    SHORT = "short"          # a heading, label or caption: body only when it stands among prose
    FURNITURE = "furniture"  # navigation, promos, notices: never body
    END = "end"              # comments or related links begin: the article is over


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: Kind
    weight: float  # evidence for body (positive) or against (negative), in words
    reason: str = ""


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Whole-block furniture: matched against short blocks only, so a body sentence that happens to mention
# cookies or newsletters is never dropped.
_FURNITURE_SHORT = _rx(
    r"^(share|tweet|e-?mail|print|save|copy link|pin|like|follow)( (this|the) (article|story|page|link))?"
    r"( on \w+)?[.!:]*$",
    r"^(share|follow us)( on)?:?( (facebook|twitter|x|whatsapp|linkedin|reddit|email|pinterest),?)+$",
    r"^(facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|instagram|youtube|flipboard|messenger)$",
    r"^(advertisement|advertising|sponsored( content| links)?|promoted( stories)?|ad|ads by \w+|skip (to|ad).*)$",
    r"^(search|menu|home|close|open|more|back to top|sign in|log ?in|sign up|register|subscribe( now)?|"
    r"my account|account|next|previous|prev|load more|show more|see more|view all|\(view all\)|all >)$",
    r"^(saved articles|bookmarks?|browse articles|you have not yet added any article to your bookmarks!?)$",
    r"leave a (reply|comment)|your email address will not be published|required fields are marked",
    r"^(\d+|no) comments?$|^\[ ?(\d+ comments?|read all comments) ?\]$|^post a comment$|^comments? \(\d+\)$",
    r"(sign up|subscribe|register) (for|to) (our|the|my) .*(newsletter|updates|alerts|emails?)",
    r"thanks? (you )?for (signing up|subscribing)|error processing your subscription|check your inbox",
    r"keep an eye on your inbox|delivered (straight |directly )?to your inbox",
    r"(download|get|install) (the|our) .{0,40}\bapps?\b|available on the app store|get it on google play",
    r"^(©|\(c\)|copyright\b).{0,200}$|all rights reserved|^terms (of use|and conditions)$|^privacy( policy)?$",
    r"(this|our) (web)?site uses cookies|we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies",
    r"^(read|see|watch|listen) (more|also|next)\b.{0,150}$|^(also read|don'?t miss|recommended( for you)?|"
    r"more (from|on) .{1,40}|you (may|might) (also )?(like|be interested in).*|most (read|popular|viewed)|"
    r"trending( now)?|popular (now|stories)|top stories|latest( news)?|related( articles| stories| coverage)?)"
    r":?\.*$",
    r"\[(insight|video|pics?|photos?|reaction|news|warning|latest|poll|live)\]\s*\|?$",
    r"click here\b|tap here\b",
    r"this copy is for your personal,? non-commercial use|order (presentation-ready|reprints)|^print article$",
    r"an error has occurred,? please try again|^thank you$|^this article has been sent to",
    r"\((image|photo|picture|pictured|credit|source|video)s?:[^)]{0,60}\)$|\b(image |photo )?credits?: [^.]{1,40}$|^(image|photo|picture|video|graphic)( credit)?s?:|^(getty images|reuters|ap photo|afp)(/.{0,40})?$",
    r"\b(getty images|shutterstock|ap photo|afp via|epa-efe|reuters/|photo by)\b.{0,40}$|^(email|e-mail|zip code|name)( \(required\))?\*?$|"
    r"^rating: \d+ votes?$|^\d+ (points?|votes?|likes?|replies)$",
    r"^(tags?|topics?|filed under|categories|related roundup|buyer'?s guide):",
    r"^our (standards|editorial (standards|guidelines|values)|policies)\b",
)

# Promotional copy addresses the reader with an imperative and sells news, apps or updates.
_PROMO_OPENING = re.compile(
    r"^(discover|find|stay|get|sign|subscribe|download|follow|join|read|watch|listen|click|check out|"
    r"explore|catch up|never miss|don'?t miss|install|register|become|support|try|unlock|enjoy|like us)\b",
    re.IGNORECASE,
)
_PROMO_WORDS = re.compile(
    r"\b(news(letter)?s?|apps?|updates?|updated|latest|subscri\w+|inbox|curated|podcasts?|alerts?|"
    r"headlines|premium|free trial|follow us|social media|whatsapp|telegram|channel)\b",
    re.IGNORECASE,
)

# Headings that open the comments: after an article, nothing more of it follows.
_COMMENTS_MARKER = _rx(
    r"^(\d+ )?comments?( \(\d+\))?:?$|^(top rated|most recent|readers?'?) comments$|^join the (conversation|discussion)$",
    r"^\[ ?\d+ comments? ?\]$|^(show|view|read) (all )?\d* ?comments$|^leave a (reply|comment)$",
    r"^(\d+ )?(responses|replies) to\b|^what do you think\?$",
)
# Headings of related-article boxes: these also stand inside articles, so they weigh against but do not end.
_RELATED_MARKER = _rx(
    r"^(related|recommended|more|similar|popular|latest) (articles|stories|news|posts|videos|coverage|reading)$",
    r"^more from .{1,40}$|^you (may|might) also like$|^(more|other) stories$|^more in \w[\w ]{0,30}$",
    r"^(what to read|read|up) next$|^explore further$|^next up\b.{0,40}$|^(sources?|references|further reading|see also):?$|"
    r"^(about (this|the) (statement|author|authors|writer)|how to contact us|more information):?$|^(editor'?s'? picks|most (read|popular|shared|viewed))$",
    r"(?-i:^More [A-Z][\w.&'-]*( [A-Z][\w.&'-]*){0,3}$)",  # "More Washington Examiner"
)
# Legal and site notices run long, so they are matched at any length up to a footer paragraph.
_LEGAL = _rx(
    r"\bregistered trademarks?\b|\ball rights reserved\b|\bterms (of (use|service)|and conditions)\b.*\bprivacy\b",
    r"\b(on|of|by|from) this (web)?site\b|\bthis (web)?site (is|was|uses|may)\b|\baffiliate (links?|commissions?)\b",
    r"\b(is|are) (subject to|protected by) copyright\b|\bby (signing up|subscribing|registering),? you agree\b|^citation: |"
    r"\bwe may (earn|receive) (a )?(small )?(commission|compensation)\b",
)

_BYLINE = re.compile(r"^(by|written by|words by|reporting by|posted by|von|par|por)\s+\S", re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^(published|updated|posted|last updated|first published|modified)\b|"
    r"\b\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(\b[A-Z]{2,4}\b)?$|^\d+ (minutes?|hours?|days?|weeks?) ago\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b(?!.*[.!?]$)|"
    r"^\d{4}-\d{2}-\d{2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*([-–•·▪►»*]|\d+[.)])\s+\S")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ]+\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")


def size(text: str) -> int:
    """Length in words; for scripts written without spaces, characters count as half a word each."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(text)) + cjk // 2 if cjk > 10 else len(_WORD.findall(text))


#: "ST. JOSEPH, Mich. (AP) — ", "Islamabad, Pakistan – ", "RIVERTON, March 4 (Agency) – ": where a report
#: starts with the place (and often the date and agency) it was filed from.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),(?P<rest>(?: [\w.,'’()/-]+){0,6}?)\s?[—–-]{1,2}\s"
)
def looks_title_cased(text: str, language: str | None) -> bool:
    """Headline casing ("Customers Leave Without Paying Bill At Troy Steakhouse"): function words capitalised
    mid-phrase, which running prose never does, whatever names it holds."""
    if DATELINE.match(text):
        return False
    stops = stoplist(language)
    words = text.split()[1:12]
    capitalised = sum(1 for w in words if w[:1].isupper() and w.strip("'‘’\":,.").lower() in stops)
    return capitalised >= 2


def stop_density(text: str, language: str | None) -> float | None:
    words = [w.lower() for w in _WORD.findall(text)]
    stops = stoplist(language)
    if not words or not stops:
        return None
    return sum(w in stops for w in words) / len(words)


def classify(block: str, language: str | None = "en") -> Verdict:
    """Judge one block of page text (a paragraph or a line) on its own."""
    text = block.strip()
    words = size(text)
    if _COMMENTS_MARKER.search(text):
        return Verdict(Kind.END, -20.0, "comments begin")
    if words <= 8 and _RELATED_MARKER.search(text):
        return Verdict(Kind.FURNITURE, -15.0, "related links heading")
    if words <= 150 and _LEGAL.search(text):
        return Verdict(Kind.FURNITURE, -10.0 - words, "legal or site notice")
    if words <= 30 and _FURNITURE_SHORT.search(text):
        return Verdict(Kind.FURNITURE, -10.0 - words, "page furniture")
    if words <= 60 and _PROMO_OPENING.search(text) and _PROMO_WORDS.search(text):
        return Verdict(Kind.FURNITURE, -10.0 - words, "promotion")
    if words <= 20 and _BYLINE.search(text):
        return Verdict(Kind.FURNITURE, -2.0, "byline")
    if words <= 20 and _TIMESTAMP.search(text):
        return Verdict(Kind.FURNITURE, -2.0, "time stamp")
    if words >= 10 and looks_title_cased(text, language):  # "Headline In Title Case Teaser text…": a link teaser
        return Verdict(Kind.SHORT, -2.5, "link teaser")
    density = stop_density(text, language)
    sentence = bool(_SENTENCE_END.search(text))
    if _LIST_ITEM.match(text) and not (sentence and words >= 15):
        return Verdict(Kind.SHORT, -4.0, "list item")
    if density is None:  # no stop list: judge by length and sentence punctuation alone
        prose = words >= 15 and sentence
    else:
        prose = (words >= 10 and density >= 0.2 and sentence) or (words >= 25 and density >= 0.25)
    if prose:
        return Verdict(Kind.PROSE, float(words))
    if words >= 7 and sentence and (density is None or density >= 0.15):
        return Verdict(Kind.SHORT, words / 3, "short sentence")
    if len(_DIGITS.findall(text)) >= 2 or len(_LOWER_WORD.findall(text)) >= 2:
        return Verdict(Kind.SHORT, -0.5, "short line")  # a list item, table row or heading in running text
    return Verdict(Kind.SHORT, -2.5, "short label")  # menus and link lists are runs of capitalised labels
