"""A deterministic, fictional corpus for the vault benchmark: notes, people, dialogues.

Lengths follow what facilitators write: most notes are a paragraph or two, a few are long
minutes (log-normal, median about 600 characters, capped at 12,000). Words follow a Zipf
distribution over a vocabulary of a few hundred real words and several thousand invented
names and terms (places, people, acronyms), so the full-text index has a realistic shape:
a few very common words, a long tail of rare ones.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


_COMMON = _words("""
the of and to in a is that for on with as by at from this be are was it not or have an
they which but we their has were all will would there can been one more also if about
who other its into when some what than may only after these them should could between
""")

_DOMAIN = _words("""
dialogue session round facilitator participant delegation ceasefire border crossing
water rights prisoners exchange humanitarian corridor monitoring verification mechanism
confidence building measure framework agreement draft proposal text paragraph option
position interest concern red line guarantee guarantor mediator envoy ministry track
informal formal process trust communication hotline incident protocol withdrawal
demilitarised zone return refugees displaced property compensation reconstruction
elections constitution autonomy federal decentralisation power sharing security sector
reform amnesty justice truth commission missing persons remains families detainees
release sequencing timeline implementation phase pilot project joint committee working
group technical expert economic trade customs electricity grid pipeline gas oil revenue
fisheries grazing pasture land registry cadastre archive minority language education
schools textbooks religious sites heritage pilgrims visas travel documents passports
checkpoint transit goods trucks inspection observers mission mandate deployment
sanctions relief investment donors fund budget salaries pensions veterans militia
armed groups integration disarmament demobilisation reintegration weapons storage
police patrols training courts judges lawyers civil society women youth elders clergy
journalists media narrative messaging leak confidentiality attribution chatham house
record minutes summary follow action point question agreed pending objection caveat
sequencing reciprocity simultaneous unilateral gesture goodwill symbolic apology
recognition status neutral wording terminology naming map line administrative boundary
""")

_SYLLABLES = _words("""
ka ri mo ta le na vo si du be ar el or an is ul ez ya ko mi sa ha te lu ro da fi go zu
ne pa ve sh kh gh ts dz ch av er in ol um ik at ub az ir
""")

_FIRST = _words("""
Amira Bashir Carmen Dmitri Elif Farid Gulnara Hovik Ilse Jamal Katia Levan Mariam Nodar
Olena Pavel Qadira Rustam Sofia Tamar Umut Vera Wahid Xenia Yusuf Zara Anahit Boris
Ceyda Davit Eka Fuad Giorgi Hasmik Irakli Jana Kamal Lale Murad Nino
""")

_LAST = _words("""
Abashidze Baghirov Ceban Dzhaparidze Efendiyeva Fischer Grigoryan Hasanov Ivanova
Jafarli Kvaratskhelia Lazarev Mammadova Nersisyan Orbeliani Petrosyan Quliyev Rustavi
Sargsyan Tsereteli Usmanov Vardanyan Wagner Yilmaz Zakharova Aliyev Beridze Chkheidze
""")

SIDES = ("A", "B", "third party", "")
TRACKS = ("1", "1.5", "2", "3", "")
NOTE_KINDS = ("general", "process", "content", "option", "agreed", "question", "follow_up")


def _invented(rng: random.Random, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.add(word)
    return sorted(words)


@dataclass(frozen=True)
class NoteText:
    title: str
    body: str
    kind: str
    attributable: bool


@dataclass(frozen=True)
class PersonText:
    name: str
    affiliation: str
    side: str
    track: str
    notes: str


class Corpus:
    """Everything is drawn from one seeded generator, so two runs build the same vault."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        invented = _invented(self.rng, 12_000)
        self.rng.shuffle(invented)  # sorted order would make words starting with "a" common
        # Rank order: common words first, then the domain, then the invented long tail.
        self.vocabulary = [*_COMMON, *_DOMAIN, *invented]
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.vocabulary))]
        self._cum_weights = list(itertools.accumulate(weights))

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self._cum_weights, k=count)

    def note_length(self) -> int:
        """Characters in a note body: log-normal, median ~600, from 40 to 12,000."""
        return max(40, min(12_000, int(self.rng.lognormvariate(math.log(600), 0.9))))

    def sentence_text(self, chars: int) -> str:
        parts: list[str] = []
        size = 0
        while size < chars:
            sentence = self.words(self.rng.randint(6, 22))
            sentence[0] = sentence[0].capitalize()
            text = " ".join(sentence) + self.rng.choice((".", ".", ".", "?", ";"))
            parts.append(text)
            size += len(text) + 1
        return " ".join(parts)[:chars]

    def note(self) -> NoteText:
        title = " ".join(self.words(self.rng.randint(3, 8))).capitalize()
        return NoteText(
            title=title[:200],
            body=self.sentence_text(self.note_length()),
            kind=self.rng.choice(NOTE_KINDS),
            attributable=self.rng.random() < 0.2,
        )

    def notes(self, count: int) -> Iterator[NoteText]:
        for _ in range(count):
            yield self.note()

    def person(self, index: int) -> PersonText:
        name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)} {index}"
        affiliation = " ".join(self.words(self.rng.randint(2, 4))).title()
        return PersonText(
            name=name,
            affiliation=affiliation[:200],
            side=self.rng.choice(SIDES),
            track=self.rng.choice(TRACKS),
            notes=self.sentence_text(self.rng.randint(0, 400)),
        )

    def query(self, note: NoteText) -> str:
        """A search as a user types it: one or two content words of a real note, maybe a prefix.

        Words shorter than four letters and the most common function words are skipped: nobody
        searches a vault for "the", and such queries would measure ranking every note.
        """
        candidates = [
            w.strip(".?;").lower()
            for w in note.body.split()
            if len(w.strip(".?;")) >= 4 and w.strip(".?;").lower() not in _COMMON_SET
        ]
        if not candidates:
            candidates = [w.lower() for w in note.title.split() if len(w) >= 3] or ["dialogue"]
        picked = self.rng.sample(candidates, k=min(len(candidates), self.rng.choice((1, 1, 2))))
        if self.rng.random() < 0.3:
            picked[-1] = picked[-1][: max(3, len(picked[-1]) - 2)]  # still typing
        return " ".join(picked)


_COMMON_SET = frozenset(_COMMON)
