"""Note text -> citations: one row per citation-style quirk (spans, kinds, locators, fields).

Each row is one habit of notes; a row the parser gets wrong fails.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from tests.parse.notes import parse

FULL, SHORT, IBID, OP_CIT, PERSONAL = Kind.FULL, Kind.SHORT, Kind.IBID, Kind.OP_CIT, Kind.PERSONAL

RADCHENKO = (
    "Sergey Radchenko, *Unwanted Visionaries* (New York: Oxford University Press, 2014), p. 42"
)
CHEN = (
    "Chen Jian, *Mao’s China and the Cold War* (Chapel Hill: University of North Carolina "
    "Press, 2001), p. 7"
)
BRAUDEL = "Fernand Braudel, La Méditerranée, Paris, Armand Colin, 1949, p. 45"
KETTLER = (
    "Anna Kettler: Die Republik der Übersetzer. Literarischer Transfer, Göttingen: "
    "Wallstein 2008, S. 33–41"
)
BIRUS = (
    "Hendrik Birus: Goethes Idee, in: Manfred Schmeling (Hg.): Weltliteratur heute, "
    "Würzburg 1995, S. 5–28, hier S. 12"
)
MASTNY = (
    "Vojtech Mastny, “The Soviet Union and the Origins of the Cold War,” *Journal of Cold "
    "War Studies* 10, no. 4 (Fall 2009): 869–960"
)
KRAMER = (
    "Mark Kramer, “The Soviet Bloc and the Cold War in Europe,” in Klaus Larres and Ann Lane "
    "(eds.), *A Companion to Europe since 1945* (Oxford: Blackwell, 2010), pp. 353–375"
)
ARTICLE_DOI = (
    "Sergey Radchenko, “Sino-Soviet Relations,” *Cold War History* 17, no. 3 (2017): "
    "257–277, doi:10.1080/14682745.2017.1315923"
)
WEB = (
    "“Gorbachev’s Visit to China,” Wilson Center Digital Archive, "
    "<https://digitalarchive.wilsoncenter.org/document/117034> (accessed on March 14, 2017)"
)
GRAMSCI = (
    "A. Gramsci, Quaderni del carcere, a cura di V. Gerratana, Torino, Einaudi, 1975, "
    "vol. II, p. 1468"
)
ARCHIVE = "HIA, Teimuraz Stepanov Papers. Box 5, Folder 6. Diary, 3 February, 1989, p. 231-235"
INTERVIEW = "Interview with John Smith by the author, London, 12 May 2010"
CHERNYAEV = "Anatoly Chernyaev, diary entry, 3 May 1985"
CAMMARANO = (
    "F. Cammarano, Il moderatismo borghese e la crisi di fine secolo, in «Studi storici», "
    "XXXV (1994), 2, pp. 301-330, qui p. 315"
)
SABBATUCCI = (
    "G. Sabbatucci, V. Vidotto (a cura di), Storia d'Italia, vol. 3, Roma-Bari, Laterza, "
    "1995, pp. 12-15"
)
HEIM = "Manfred Heim, *Kirchengeschichte in Daten*, 2. Aufl., München: C. H. Beck 2008, S. 112"
FLEMING = "Papers on Time-Reckoning, ed. Sandford Fleming (Toronto: Copp, Clark, 1886), 12–14"
ZAPIS = "Zápis ze schůze ministerské rady 16. 4. 1919, Národní archiv, kart. 12, inv. č. 34"
CHALHOUB = "CHALHOUB, Sidney. Visões da liberdade. São Paulo: Companhia das Letras, 1990, p. 175"
CHALHOUB_2 = "______. Cidade febril. São Paulo: Companhia das Letras, 1996, p. 29-35"
MATTOS = (
    "MATTOS, Hebe. Raça e cidadania. In: GRINBERG, Keila; SALLES, Ricardo (org.). "
    "O Brasil Imperial. Rio de Janeiro: Civilização Brasileira, 2009, v. 3, p. 15-44"
)
MENDONCA = (
    "MENDONÇA, Joseli Maria Nunes. A arena jurídica e a luta pela liberdade. Revista "
    "Brasileira de História, São Paulo, v. 21, n. 42, p. 77-99, 2001"
)
ZANGHERI = (
    "R. Zangheri (a cura di), Lotte agrarie in Italia. La Federazione nazionale dei "
    "lavoratori della terra, Milano, Feltrinelli, 1960"
)


# note text -> [(citation text, kind, locator)]
CITATION_ROWS = [
    pytest.param(f"{RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="chicago-book"),
    pytest.param(f"{MASTNY}.", [(MASTNY, FULL, None)], id="article-pages-are-no-locator"),
    pytest.param(f"{KRAMER}.", [(KRAMER, FULL, None)], id="chapter-pages-are-no-locator"),
    pytest.param(
        f"{RADCHENKO}; {CHEN}.",
        [(RADCHENKO, FULL, "p. 42"), (CHEN, FULL, "p. 7")],
        id="two-split-at-semicolon",
    ),
    pytest.param(f"See {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-see"),
    pytest.param(f"See also {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-see-also"),
    pytest.param(f"See, e.g., {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-see-eg"),
    pytest.param(f"Cf. {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-cf"),
    pytest.param(f"Vgl. {KETTLER}.", [(KETTLER, FULL, "S. 33–41")], id="lead-in-vgl"),
    pytest.param(f"Voir {BRAUDEL}.", [(BRAUDEL, FULL, "p. 45")], id="lead-in-voir"),
    pytest.param(f"Cited in {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-cited-in"),
    pytest.param(f"Quoted in {RADCHENKO}.", [(RADCHENKO, FULL, "p. 42")], id="lead-in-quoted-in"),
    pytest.param(
        f"For a different view, see {RADCHENKO}.",
        [(RADCHENKO, FULL, "p. 42")],
        id="commentary-then-see",
    ),
    pytest.param(
        "This view was widely shared among Soviet diplomats at the time.",
        [],
        id="commentary-cites-nothing",
    ),
    pytest.param("Ibid., p. 45.", [("Ibid., p. 45", IBID, "p. 45")], id="ibid-page"),
    pytest.param("Ibid", [("Ibid", IBID, None)], id="ibid-bare-no-stop"),
    pytest.param("ibid., 45.", [("ibid., 45", IBID, "45")], id="ibid-lowercase-bare-number"),
    pytest.param("Ebd., S. 24.", [("Ebd., S. 24", IBID, "S. 24")], id="german-ebd"),
    pytest.param("Id. at 45.", [("Id. at 45", IBID, "at 45")], id="bluebook-id"),
    pytest.param(
        f"Ibid., pp. 4–5; {CHEN}.",
        [("Ibid., pp. 4–5", IBID, "pp. 4–5"), (CHEN, FULL, "p. 7")],
        id="ibid-then-full",
    ),
    pytest.param(
        "Radchenko, Op. cit., p. 47.",
        [("Radchenko, Op. cit., p. 47", OP_CIT, "p. 47")],
        id="op-cit",
    ),
    pytest.param("Braudel, loc. cit.", [("Braudel, loc. cit.", OP_CIT, None)], id="loc-cit"),
    pytest.param(
        "Schmidt, a.a.O., S. 5.", [("Schmidt, a.a.O., S. 5", OP_CIT, "S. 5")], id="german-aao"
    ),
    pytest.param(
        "Friedman, *Shadow Cold War*, p. 218.",
        [("Friedman, *Shadow Cold War*, p. 218", SHORT, "p. 218")],
        id="short-form",
    ),
    pytest.param(
        "Smith, supra note 1, at 12.",
        [("Smith, supra note 1, at 12", SHORT, "at 12")],
        id="bluebook-supra",
    ),
    pytest.param(f"{WEB}.", [(WEB, FULL, None)], id="web-page"),
    pytest.param(f"{ARTICLE_DOI}.", [(ARTICLE_DOI, FULL, None)], id="article-doi"),
    pytest.param(f"{KETTLER}.", [(KETTLER, FULL, "S. 33–41")], id="german-book-colon"),
    pytest.param(f"{BIRUS}.", [(BIRUS, FULL, "S. 12")], id="german-chapter-hier"),
    pytest.param(f"{BRAUDEL}.", [(BRAUDEL, FULL, "p. 45")], id="french-book-commas"),
    pytest.param(f"{GRAMSCI}.", [(GRAMSCI, FULL, "vol. II, p. 1468")], id="italian-a-cura-di"),
    pytest.param(f"{CAMMARANO}.", [(CAMMARANO, FULL, "p. 315")], id="italian-article-qui"),
    pytest.param(
        "Véase, sobre la represión de 1874, Ortiz Calvo, Prensa y sociedad obrera, p. 12.",
        [("Ortiz Calvo, Prensa y sociedad obrera, p. 12", SHORT, "p. 12")],
        id="lead-in-then-prose-then-short-form",
    ),
    pytest.param(
        "A different picture emerges. The Dock, Wharf, Riverside and General Labourers' Union "
        "claimed 56,000 members, a figure that Reilly treats with caution: Reilly, *Shape-Up*, "
        '88–89; Ellery, "Waterfront as Frontier," 219–21.',
        [
            ("Reilly, *Shape-Up*, 88–89", SHORT, "88–89"),
            ('Ellery, "Waterfront as Frontier," 219–21', SHORT, "219–21"),
        ],
        id="prose-opening-with-an-article-then-short-forms",
    ),
    pytest.param(
        f"{HEIM}.",
        [(HEIM, FULL, "S. 112")],
        id="edition-ordinal-ends-no-sentence",
    ),
    pytest.param(
        f"{FLEMING}.",
        [(FLEMING, FULL, "12–14")],
        id="title-first-edited-volume",
    ),
    pytest.param(
        "See also Koselleck, Futures Past, 30, on “the acceleration of time.”",
        [("Koselleck, Futures Past, 30", SHORT, "30")],
        id="short-form-then-commentary-on-a-quotation",
    ),
    pytest.param(
        "Evelyn, Diary, iv. 12; Bodl., MS Rawlinson A. 171, fols 12r–13v.",
        [
            ("Evelyn, Diary, iv. 12", SHORT, "iv. 12"),
            ("Bodl., MS Rawlinson A. 171, fols 12r–13v", FULL, "fols 12r–13v"),
        ],
        id="short-form-volume-and-page-then-manuscript",
    ),
    pytest.param(
        "Fernand Braudel, *La Méditerranée*, Paris, Armand Colin, 1949, p. 45.",
        [("Fernand Braudel, *La Méditerranée*, Paris, Armand Colin, 1949, p. 45", FULL, "p. 45")],
        id="italic-title-comma-imprint-then-page",
    ),
    pytest.param(
        f"Cfr. {ZANGHERI}.", [(ZANGHERI, FULL, None)], id="italian-editors-title-with-full-stop"
    ),
    pytest.param(
        "Id., Storia dell'Italia liberale, Roma-Bari, Laterza, 2011, p. 220.",
        [("Id., Storia dell'Italia liberale, Roma-Bari, Laterza, 2011, p. 220", FULL, "p. 220")],
        id="id-then-a-plain-new-work",
    ),
    pytest.param("Id., p. 45.", [("Id., p. 45", IBID, "p. 45")], id="id-then-a-pinpoint"),
    pytest.param(
        "Sabbatucci, Vidotto, op. cit., p. 40.",
        [("Sabbatucci, Vidotto, op. cit., p. 40", OP_CIT, "p. 40")],
        id="op-cit-two-authors",
    ),
    pytest.param(
        "Daniel E. MILLER, Antonín Švehla, přel. Jan Vodička, Praha: Argo 2001, s. 95.",
        [
            (
                "Daniel E. MILLER, Antonín Švehla, přel. Jan Vodička, Praha: Argo 2001, s. 95",
                FULL,
                "s. 95",
            )
        ],
        id="czech-translator-abbreviation-ends-no-sentence",
    ),
    pytest.param(
        "K tomu podrobněji Jiří ŠOUŠA, Pozemková reforma, in: Pavel Kocman (ed.), Velkostatek, "
        "Brno: Matice moravská 2005, s. 77–98.",
        [
            (
                "Jiří ŠOUŠA, Pozemková reforma, in: Pavel Kocman (ed.), Velkostatek, "
                "Brno: Matice moravská 2005, s. 77–98",
                FULL,
                None,  # the chapter's own pages
            )
        ],
        id="czech-lead-in-then-capitals-author-of-a-chapter",
    ),
    pytest.param(
        f"{CHALHOUB}; {CHALHOUB_2}.",
        [(CHALHOUB, FULL, "p. 175"), (CHALHOUB_2, FULL, "p. 29-35")],
        id="abnt-same-author-rule",
    ),
    pytest.param(f"{MATTOS}.", [(MATTOS, FULL, None)], id="abnt-chapter-editors"),
    pytest.param(f"{MENDONCA}.", [(MENDONCA, FULL, None)], id="abnt-article-sentences"),
    pytest.param(
        "Sobre a recepção, ver a discussão de ALONSO, Flores, votos e balas, p. 250-256.",
        [("ALONSO, Flores, votos e balas, p. 250-256", SHORT, "p. 250-256")],
        id="abnt-short-form-after-prose",
    ),
    pytest.param(
        f"{ZAPIS}.",
        [(ZAPIS, FULL, "kart. 12, inv. č. 34")],
        id="czech-dated-document-in-an-archive",
    ),
    pytest.param(
        f"{ARCHIVE}.",
        [(ARCHIVE, FULL, "Box 5, Folder 6. Diary, 3 February, 1989, p. 231-235")],
        id="archival-first-citation",
    ),
    pytest.param(f"{INTERVIEW}.", [(INTERVIEW, PERSONAL, None)], id="interview"),
    pytest.param(
        "Conversation with the author, Moscow, 5 June 2011.",
        [("Conversation with the author, Moscow, 5 June 2011", PERSONAL, None)],
        id="conversation",
    ),
    pytest.param(
        "Letter from Jane Doe to the author, 4 April 2012.",
        [("Letter from Jane Doe to the author, 4 April 2012", PERSONAL, None)],
        id="letter-to-the-author",
    ),
    pytest.param(
        "R. Okafor, private communication.",
        [("R. Okafor, private communication", PERSONAL, None)],
        id="private-communication",
    ),
    pytest.param(
        "M. Lindqvist, private correspondence.",
        [("M. Lindqvist, private correspondence", PERSONAL, None)],
        id="private-correspondence",
    ),
    pytest.param(
        f"{CHERNYAEV}, cited in {RADCHENKO}.",
        [(CHERNYAEV, FULL, None), (RADCHENKO, FULL, "p. 42")],
        id="cited-in-splits",
    ),
    pytest.param(
        "Gorbachev’s Visit to China, <https://digitalarchive.wilsoncenter.org/document/117034>,"
        " accessed 14 March 2017.",
        [
            (
                "Gorbachev’s Visit to China, <https://digitalarchive.wilsoncenter.org/document/117034>,"
                " accessed 14 March 2017",
                FULL,
                None,
            )
        ],
        id="web-page-unquoted-title",
    ),
    pytest.param(
        "Fernand Braudel, La Méditerranée, Paris, Armand Colin, 2e éd., 1966, t. I, p. 45.",
        [
            (
                "Fernand Braudel, La Méditerranée, Paris, Armand Colin, 2e éd., 1966, t. I, p. 45",
                FULL,
                "t. I, p. 45",
            )
        ],
        id="french-edition-and-tome",
    ),
    pytest.param(
        "Sergey Radchenko, “Sino-Soviet Relations,” *Cold War History* 17, no. 3 (2017): "
        "257–277, here 260.",
        [
            (
                "Sergey Radchenko, “Sino-Soviet Relations,” *Cold War History* 17, no. 3 (2017): "
                "257–277, here 260",
                FULL,
                "260",
            )
        ],
        id="article-pages-then-here",
    ),
    pytest.param(
        '*Diccionario de Autoridades*: "El peso que lleva sobre sí el hombre o la béstia."',
        [("*Diccionario de Autoridades*", SHORT, None)],
        id="title-colon-quotation",
    ),
    pytest.param(
        '"Así lo manda la ordenanza." Fernández de Oviedo, *Reglas del juzgado*.',
        [("Fernández de Oviedo, *Reglas del juzgado*", SHORT, None)],
        id="quotation-then-its-source",
    ),
    pytest.param('"It was a quiet time," he said, "and we all knew it."', [], id="quotation-alone"),
    pytest.param("Buckles, 135-137.", [("Buckles, 135-137", SHORT, "135-137")], id="name-and-page"),
    pytest.param(
        "Harlow, *Bridges of Winter*, 45–47, citing Ann Lowell, *The River Crossing* (Boston: "
        "Beacon Press, 1957), 122.",
        [
            ("Harlow, *Bridges of Winter*, 45–47", SHORT, "45–47"),
            (
                "Ann Lowell, *The River Crossing* (Boston: Beacon Press, 1957), 122",
                FULL,
                "122",
            ),
        ],
        id="citing-a-second-source",
    ),
    pytest.param(
        "Gruber and Elbert, ‘Selective attention alters gamma band responses’, p. 2078.",
        [
            (
                "Gruber and Elbert, ‘Selective attention alters gamma band responses’, p. 2078",
                SHORT,
                "p. 2078",
            )
        ],
        id="a-page-past-any-year-is-no-date",
    ),
    pytest.param(
        "See Regulations to the 1907 (IV) Hague Convention, Art. 27, 56. Both articles were "
        "read narrowly in the years after the war.",
        [("Regulations to the 1907 (IV) Hague Convention, Art. 27, 56", FULL, "Art. 27, 56")],
        id="treaty-and-articles-in-commentary",
    ),
    pytest.param(
        "1954 Hague Convention, Art. 1.",
        [("1954 Hague Convention, Art. 1", FULL, "Art. 1")],
        id="treaty-named-by-its-year",
    ),
    pytest.param(
        "The lecture was printed twice. On sermons as a genre of their own, "
        "Witt 2000, 16-18, 182-185.",
        [("Witt 2000, 16-18, 182-185", SHORT, "16-18, 182-185")],
        id="author-date-after-commentary-and-a-comma",
    ),
    pytest.param(
        "Marlowe 1981, 237; Ostrander 2001, esp. 73-78.",
        [
            ("Marlowe 1981, 237", SHORT, "237"),
            ("Ostrander 2001, esp. 73-78", SHORT, "esp. 73-78"),
        ],
        id="author-date-especially-pages",
    ),
    pytest.param(
        "Sein Nachwort ist bekannt. Hg. v. Rudolf Borchardt, München 1926, S. 365–379.",
        [],
        id="a-place-and-a-year-are-no-author-date",
    ),
    pytest.param(
        "Laila Haddad, interview with author, 18 February 2019. See also Marsh, “Who "
        "Rebuilds the City?”",
        [
            ("Laila Haddad, interview with author, 18 February 2019", PERSONAL, None),
            ("Marsh, “Who Rebuilds the City?”", SHORT, None),
        ],
        id="a-sentence-led-in-by-see-also-is-a-new-source",
    ),
    pytest.param(
        "Ash, “Pruning,” 73. See also Pierre Doe, *Orchards*, ed. Ada Grey (Leeds: Moor "
        "Press, 1911), 27–30.",
        [
            ("Ash, “Pruning,” 73", SHORT, "73"),
            (
                "Pierre Doe, *Orchards*, ed. Ada Grey (Leeds: Moor Press, 1911), 27–30",
                FULL,
                "27–30",
            ),
        ],
        id="a-quoted-short-form-then-see-also-a-full-citation",
    ),
    pytest.param(
        "Ants signal by scent. (Tom Ash and Ada Grey, ‘Insect Signals’, *Orchard Biology* 4, "
        "no. 3 (1993): 126.) Others mark trails. (Ibid., 127.) Some do not. (Ibid.) Others "
        "do. (Ibid., 130.)",
        [
            (
                "Tom Ash and Ada Grey, ‘Insect Signals’, *Orchard Biology* 4, no. 3 (1993): 126",
                FULL,
                "126",
            ),
            ("Ibid., 127", IBID, "127"),
            ("Ibid.", IBID, None),
            ("Ibid., 130", IBID, "130"),
        ],
        id="sources-in-bracketed-sentences-between-commentary",
    ),
    pytest.param(
        "They gather ‘to a food source.’ (Ibid., 127.) Others do.",
        [("Ibid., 127", IBID, "127")],
        id="a-bracketed-source-after-a-closing-quote",
    ),
    pytest.param(
        "Newton, 73 Tex. B.J. 632.",
        [("Newton, 73 Tex. B.J. 632", SHORT, None)],
        id="a-bluebook-short-form-alone-in-its-note",
    ),
    pytest.param(
        "http://www.example.org/",
        [("http://www.example.org/", FULL, None)],
        id="a-note-that-is-only-a-bare-site-address",
    ),
    pytest.param(
        "https://www.example.net/2019/06/a-page-about-orchards.",
        [("https://www.example.net/2019/06/a-page-about-orchards", FULL, None)],
        id="a-note-that-is-only-a-url-keeps-its-scheme",
    ),
    pytest.param(  # the season dates the article, as a year alone would
        "Ada Reyes calls it so. See Reyes, Ada Lucía. “Tidal Ledgers.” *The Harbour Review* 44, "
        "no. 1 (Spring 2014): 12-29.",
        [
            (
                "Reyes, Ada Lucía. “Tidal Ledgers.” *The Harbour Review* 44, no. 1 "
                "(Spring 2014): 12-29",
                FULL,
                None,
            )
        ],
        id="bibliography-style-article-dated-by-season-after-see",
    ),
    pytest.param(  # a post's day-first date ends the first as an imprint would
        "Ada Reyes, “Tides, Part 1.” *Harbour Notes* (14 Apr 2016), and “Tides, Part 2,” "
        "*Harbour Notes* (1 Jun 2016).",
        [
            ("Ada Reyes, “Tides, Part 1.” *Harbour Notes* (14 Apr 2016)", FULL, None),
            ("“Tides, Part 2,” *Harbour Notes* (1 Jun 2016)", FULL, None),
        ],
        id="the-same-authors-second-post-after-and",
    ),
    pytest.param(  # names, a sentence of prose, a title: commentary; the citation follows
        "Reyes and Lind sift the rhetorical from the substantive by keeping only the nouns of "
        "the *Encyclopédie.* Would that work for statutes? Ada Reyes, “Nouns,” *Harbour "
        "Review* 2 (2016).",
        [("Ada Reyes, “Nouns,” *Harbour Review* 2 (2016)", FULL, None)],
        id="names-then-prose-then-a-title-cite-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITATION_ROWS)
def test_citations(text: str, expected: list[tuple[str, Kind, str | None]]) -> None:
    assert [(c.text, c.kind, c.locator) for c in parse(text)] == expected


# note text -> (entry_type, fields of the first citation; None = the field must be absent)
FIELD_ROWS = [
    pytest.param(
        "Tom Ash, Ada Grey, *Pruning Law*, 14 J. Hort. L. 1 (2010).",
        "article",
        {"author": "Ash, Tom and Grey, Ada", "journal": "J. Hort. L.", "volume": "14"},
        id="bluebook-article-with-authors-joined-by-a-comma",
    ),
    pytest.param(
        "Lowe, 73 Kent B.J. at 640.",
        "article",
        {"author": "Lowe", "journal": "Kent B.J.", "volume": "73", "title": None},
        id="bluebook-short-form-of-an-article",
    ),
    pytest.param(
        "*Hartley Evening Courier*, March 4, 1903, 2.",
        "article",
        {"journal": "Hartley Evening Courier", "year": "1903", "title": None},
        id="a-newspaper-issue-by-its-day-and-page",
    ),
    pytest.param(
        "*Kolomna Gazette* (Kolomna), October 2 (14), 1891, 3 (misprinted).",
        "article",
        {"journal": "Kolomna Gazette", "year": "1891", "title": None, "address": None},
        id="a-newspaper-issue-with-old-and-new-style-days",
    ),
    pytest.param(
        "*Moorland Courier*, 1er décembre 1866, lien URL:https://example.org/ark:/1/moor1866.",
        "article",
        {
            "journal": "Moorland Courier",
            "year": "1866",
            "title": None,
            "url": "https://example.org/ark:/1/moor1866",
        },
        id="a-newspaper-issue-on-an-ordinal-day-read-online",
    ),
    pytest.param(
        "*Moorland Courier* 19 novembre 1866, https://example.org/ark:/1/moor1866b",
        "article",
        {"journal": "Moorland Courier", "year": "1866", "title": None},
        id="a-newspaper-issue-with-no-comma-after-its-title",
    ),
    pytest.param(
        "*Orchards of Kent* (London: Moor Press, 1903), 2.",
        "book",
        {"title": "Orchards of Kent", "journal": None},
        id="a-book-is-no-newspaper-issue",
    ),
    pytest.param(
        f"{RADCHENKO}.",
        "book",
        {
            "author": "Radchenko, Sergey",
            "title": "Unwanted Visionaries",
            "address": "New York",
            "publisher": "Oxford University Press",
            "year": "2014",
            "pages": None,
        },
        id="chicago-book",
    ),
    pytest.param(
        "Richard Stallman, *Free Software* (O’Reilly & Associates, Inc., 1999): 65.",
        "book",
        {"publisher": "O’Reilly & Associates, Inc.", "address": None, "year": "1999"},
        id="company-name-with-inc",
    ),
    pytest.param(
        "Smith, *The Book* (New York: John Wiley & Sons, Ltd., 2001), 5.",
        "book",
        {"publisher": "John Wiley & Sons, Ltd.", "address": "New York"},
        id="company-name-with-ltd-after-place",
    ),
    pytest.param(
        f"{MASTNY}.",
        "article",
        {
            "author": "Mastny, Vojtech",
            "title": "The Soviet Union and the Origins of the Cold War",
            "journal": "Journal of Cold War Studies",
            "volume": "10",
            "number": "4",
            "year": "2009",
            "pages": "869–960",
        },
        id="article",
    ),
    pytest.param(
        f"{KRAMER}.",
        "incollection",
        {
            "author": "Kramer, Mark",
            "title": "The Soviet Bloc and the Cold War in Europe",
            "editor": "Larres, Klaus and Lane, Ann",
            "booktitle": "A Companion to Europe since 1945",
            "address": "Oxford",
            "publisher": "Blackwell",
            "year": "2010",
            "pages": "353–375",
        },
        id="chapter-eds",
    ),
    pytest.param(
        f"{WEB}.",
        None,
        {"url": "https://digitalarchive.wilsoncenter.org/document/117034", "urldate": "2017-03-14"},
        id="web-url-unbracketed-urldate-iso",
    ),
    pytest.param(
        f"{WEB}.",
        "online",
        {"title": "Gorbachev’s Visit to China", "howpublished": "Wilson Center Digital Archive"},
        id="web-quoted-title",
    ),
    pytest.param(
        f"{ARTICLE_DOI}.",
        "article",
        {"doi": "10.1080/14682745.2017.1315923", "journal": "Cold War History", "pages": "257–277"},
        id="doi-bare",
    ),
    pytest.param(
        f"{ARTICLE_DOI.replace('doi:', 'https://doi.org/')}.",
        "article",
        {"doi": "10.1080/14682745.2017.1315923", "url": None},
        id="doi-resolver-prefix-dropped",
    ),
    pytest.param(
        f"{KETTLER}.",
        "book",
        {
            "author": "Kettler, Anna",
            "address": "Göttingen",
            "publisher": "Wallstein",
            "year": "2008",
            "pages": None,
        },
        id="german-book",
    ),
    pytest.param(
        f"{BIRUS}.",
        "incollection",
        {
            "author": "Birus, Hendrik",
            "title": "Goethes Idee",
            "editor": "Schmeling, Manfred",
            "booktitle": "Weltliteratur heute",
            "address": "Würzburg",
            "year": "1995",
            "pages": "5–28",
        },
        id="german-chapter",
    ),
    pytest.param(
        f"{BRAUDEL}.",
        "book",
        {
            "author": "Braudel, Fernand",
            "title": "La Méditerranée",
            "address": "Paris",
            "publisher": "Armand Colin",
            "year": "1949",
        },
        id="french-book",
    ),
    pytest.param(
        f"{GRAMSCI}.",
        "book",
        {
            "author": "Gramsci, A.",
            "title": "Quaderni del carcere",
            "editor": "Gerratana, V.",
            "address": "Torino",
            "publisher": "Einaudi",
            "year": "1975",
        },
        id="italian-a-cura-di",
    ),
    pytest.param(
        f"{ARCHIVE}.",
        "unpublished",
        {"title": "Teimuraz Stepanov Papers"},
        id="archival-collection",
    ),
    pytest.param(
        "Odd Arne Westad, ed., *Brothers in Arms* (Stanford: Stanford University Press, "
        "1998), p. 3.",
        "collection",
        {"editor": "Westad, Odd Arne", "author": None},
        id="edited-volume",
    ),
    pytest.param(
        f"{CHERNYAEV}, cited in {RADCHENKO}.",
        None,
        {"author": "Chernyaev, Anatoly", "year": "1985", "address": None},
        id="cited-in-diary-date-is-no-place",
    ),
]


GOST_FIELD_ROWS = [
    pytest.param(
        "Zob. ibidem; por. krytyczną recenzję: T. Nowak, [rec.] E. Rzepka, Kobieta nowoczesna…, "
        "„Kwartalnik Historyczny” 2012, t. 119, z. 3.",
        None,
        {"author": None, "_word": "ibidem"},
        id="prose-colon-then-author-first-is-ibid",
    ),
    pytest.param(
        "Ильина Т. В. Указ. соч. С. 44.",
        None,
        {"author": "Ильина, Т. В", "title": None},
        id="gost-op-cit-after-initials",
    ),
    pytest.param(
        "Бухарин Н. И. Путь к социализму. М.; Л.: Госиздат, 1925. С. 49.",
        "book",
        {"address": "М.; Л.", "publisher": "Госиздат", "year": "1925"},
        id="gost-two-places-one-imprint",
    ),
    pytest.param(
        "Кооперативное строительство в Сибири: сб. документов / под ред. А. С. Морозова. "
        "Новосибирск: Зап.-Сиб. кн. изд-во, 1978. С. 112.",
        "collection",
        {
            "title": "Кооперативное строительство в Сибири: сб. документов",
            "address": "Новосибирск",
            "year": "1978",
            "author": None,
        },
        id="gost-title-first-collection-editors-after-slash",
    ),
    pytest.param(
        "Гордеев П. Н. Потребительская кооперация // Отечественная история. 1994. № 2. С. 33–48.",
        "article",
        {"journal": "Отечественная история", "number": "2", "pages": "33–48"},
        id="gost-journal-with-issue-number",
    ),
]
# films, broadcasts and recordings named by their maker; bodies named by "Group", "Watch"
MEDIA_FIELD_ROWS = [
    pytest.param(
        "*Network*, directed by Sidney Lumet (Metro-Goldwyn-Mayer, 1976).",
        "misc",
        {"title": "Network", "author": None, "publisher": "Metro-Goldwyn-Mayer", "year": "1976"},
        id="film-directed-by",
    ),
    pytest.param(
        "*Network*, Film, directed by Sidney Lumet (Metro-Goldwyn-Mayer, 1976).",
        "misc",
        {"title": "Network", "author": None},
        id="film-medium-then-director",
    ),
    pytest.param(
        "*Messiah*, Monteverdi Choir, cond. John Eliot Gardiner (Archiv, 1989).",
        "misc",
        {"title": "Messiah", "author": None},
        id="recording-conductor",
    ),
    pytest.param(
        "*Peier*, Die Steuerharmonisierung, Bern 2001, S. 4.",
        "book",
        {"author": "Peier", "title": "Die Steuerharmonisierung"},
        id="italic-author-still-a-name",
    ),
    pytest.param(
        "International Crisis Group, *Mali: Reform or Relapse*, Africa Report No. 210 "
        "(Brussels, 10 January 2014), 4–7.",
        None,
        {"author": "International Crisis Group"},
        id="body-named-group",
    ),
    pytest.param(
        "Human Rights Watch, *“They Say We’re Dirty”* (New York: Human Rights Watch, 2019), 12.",
        None,
        {"author": "Human Rights Watch"},
        id="body-named-watch",
    ),
]
WEB_FIELD_ROWS = [
    pytest.param(
        "„Kobieta Współczesna” 1928, nr 12, s. 3.",
        "article",
        {"journal": "Kobieta Współczesna", "year": "1928", "number": "12", "title": None},
        id="periodical-issue-by-its-name",
    ),
    pytest.param(
        "„Nowe Słowo” 1935, nr 4, Małopolska Biblioteka Cyfrowa, "
        "https://mbc.malopolska.pl/dlibra/publication/41873 (dostęp: 3.03.2021).",
        "article",
        {"howpublished": "Małopolska Biblioteka Cyfrowa", "number": "4"},
        id="periodical-issue-read-in-a-digital-library",
    ),
    pytest.param(
        "Mark Graham, “Wayback Machine Hits 800 Billion Web Pages,” *Internet Archive Blogs*, "
        "January 3, 2024, https://blog.archive.org/2024/01/03/wayback/.",
        "online",
        {"howpublished": "Internet Archive Blogs", "journal": None},
        id="blog-post-is-online",
    ),
    pytest.param(
        "Jill Lepore, “The Cobweb,” *The New Yorker*, January 26, 2015, "
        "https://www.newyorker.com/magazine/2015/01/26/cobweb.",
        "article",
        {"journal": "The New Yorker"},
        id="magazine-article-online-stays-an-article",
    ),
    pytest.param(
        "The National Archives, *UK Government Web Archive: Annual Report 2021–22* (Kew: The "
        "National Archives, 2022), 14.",
        "techreport",
        {"institution": "The National Archives", "year": "2022"},
        id="report-named-in-its-title",
    ),
    pytest.param(
        "Ross H. McLeod, 'Soeharto's Indonesia: A Better Class of Corruption', *Agenda* 7, "
        "no. 2 (2000): 99–112.",
        "article",
        {"title": "Soeharto's Indonesia: A Better Class of Corruption", "journal": "Agenda"},
        id="apostrophe-inside-single-quotes",
    ),
    pytest.param(
        "International Monetary Fund, 'Memorandum', 15 January 1998, https://www.imf.org/loi.htm, "
        "accessed 3 May 2015 (hereafter LOI January 1998).",
        None,
        {"url": "https://www.imf.org/loi.htm", "author": "International Monetary Fund"},
        id="url-before-access-date-and-hereafter",
    ),
    pytest.param(
        "Hannah Ritchie, host, “Who Keeps the Internet's Memory?,” *Data Stories*, June 14, 2021.",
        None,
        {"author": "Ritchie, Hannah"},
        id="role-word-after-a-name",
    ),
]
SPANISH_FIELD_ROWS = [
    pytest.param(
        "Mark Kramer, “The Soviet Bloc,” in Klaus Larres (ed.), A Companion, Oxford, Blackwell, "
        "2010, pp. 353–375.",
        "incollection",
        {"booktitle": "A Companion", "publisher": "Blackwell", "year": "2010", "pages": "353–375"},
        id="plain-volume-with-editors-and-comma-imprint",
    ),
    pytest.param(
        "Josep Maria Vidal i Roca, «La Federación barcelonesa», en Mercedes Ortiz (coord.), "
        "Prensa obrera, Madrid, Alianza, 1990, pp. 101-134.",
        "incollection",
        {"author": "Vidal i Roca, Josep Maria", "pages": "101–134"},
        id="catalan-compound-family-name",
    ),
    pytest.param(
        "Anselmo Lorenzo, El proletariado militante, ed. de José Álvarez Junco, Madrid, Alianza, "
        "1974, p. 212.",
        "book",
        {"editor": "Álvarez Junco, José", "title": "El proletariado militante"},
        id="spanish-ed-de",
    ),
    pytest.param(
        "Véase Francisco Sánchez Marín, La Internacional en Andalucía, 1869-1874, tesis doctoral, "
        "Universidad de Sevilla, 2004, pp. 310-315.",
        "thesis",
        {"title": "La Internacional en Andalucía, 1869-1874", "school": "Universidad de Sevilla"},
        id="spanish-thesis-after-a-date-range",
    ),
    pytest.param(
        "Jan Vos, Die Häfen, Habilitationsschrift, Universität Wien 2001, S. 12.",
        "thesis",
        {"title": "Die Häfen", "school": "Universität Wien"},
        id="german-habilitation",
    ),
    pytest.param(
        "Ann Holt, *The Labour of Docks*, talk given at the University of Leeds (2017).",
        "unpublished",
        {"title": "The Labour of Docks", "year": "2017"},
        id="a-talk-given-at",
    ),
    pytest.param(
        "[Jan Vos], *Briefe eines Reisenden*, 5th issue, Wien: n.p. 1820, p. 230 et sequ.",
        "book",
        {"author": "Vos, Jan", "address": "Wien", "publisher": None},
        id="attributed-author-in-brackets-and-no-publisher",
    ),
    pytest.param(
        "Anke te Vos, *Der Ausschnitt*, Frankfurt am Main: Fischer, 2006.",
        "book",
        {"author": "te Vos, Anke"},
        id="dutch-particle-te",
    ),
    pytest.param(
        "Vos, Jan. *Kreative Häfen*. In *Vergessene Docks*, 1. Aufl. Bielefeld: Transcript, 2012.",
        "incollection",
        {"title": "Kreative Häfen", "booktitle": "Vergessene Docks"},
        id="italic-chapter-in-italic-book",
    ),
    pytest.param(
        "Uwe Vos, *Kleine Hafengeschichte*, Stuttgart: Reclam U-B 8915, 1993.",
        "book",
        {"publisher": "Reclam", "series": "U-B 8915"},
        id="numbered-series-after-the-publisher",
    ),
    pytest.param(
        "Fyodor Vos, *Demons*, trans. Ann Holt, New York: Tide Classics, 1995 (1872), p. 128f.",
        "book",
        {"year": "1995", "publisher": "Tide Classics"},
        id="the-first-editions-year-in-brackets-after-the-one-read",
    ),
]
OXFORD_FIELD_ROWS = [
    pytest.param(
        "“The New Standard Time,” Times of India, 2 January 1905, 7.",
        "article",
        {"journal": "Times of India", "volume": None, "month": "January", "year": "1905"},
        id="newspaper-day-is-no-volume",
    ),
    pytest.param(
        "Niu Jun in Roundtable XVII, 23 on Deng Xiaoping | H-Diplo | H-Net, on June 6, 2016, at: "
        "<https://networks.h-net.org/node/28443> (Accessed on January 27, 2017).",
        "online",
        {
            "title": "Roundtable XVII, 23 on Deng Xiaoping",
            "howpublished": "H-Diplo | H-Net",
            "month": "June",
            "year": "2016",
        },
        id="browser-title-article-then-site",
    ),
    pytest.param(
        "PHILIP HAMBURGER, IS ADMINISTRATIVE LAW UNLAWFUL? 3 (2014); *see also* ADRIAN VERMEULE, "
        "LAW'S ABNEGATION 4 (2016).",
        "book",
        {"author": "Hamburger, Philip", "year": "2014"},
        id="bluebook-small-capitals-author",
    ),
    pytest.param(
        "Willis I. Milham, Time and Timekeepers, Including the History of Clocks (New York: "
        "Macmillan, 1923), 210.",
        "book",
        {
            "author": "Milham, Willis I.",
            "title": "Time and Timekeepers, Including the History of Clocks",
        },
        id="and-inside-a-plain-title-is-no-second-author",
    ),
    pytest.param(
        "Henry B. Wheatley and Peter Cunningham, London Past and Present, 3 vols (London, "
        "1891), ii. 45.",
        "book",
        {"author": "Wheatley, Henry B. and Cunningham, Peter", "title": "London Past and Present"},
        id="two-authors-joined-by-and-plain-title-volume-count",
    ),
    pytest.param(
        "John Evelyn, Diary, ed. E. S. de Beer, 6 vols (Oxford, 1955), iii. 451–2.",
        "book",
        {"author": "Evelyn, John", "editor": "de Beer, E. S.", "title": "Diary"},
        id="editor-after-the-title-is-no-author-mark",
    ),
    pytest.param(
        "BL, Add. MS 5063, fol. 6v.",
        "unpublished",
        {"title": "Add. MS 5063", "howpublished": "British Library (BL)"},
        id="well-known-repository-siglum-and-shelfmark",
    ),
    pytest.param(
        "Rapport du commissaire spécial au préfet du Rhône, 12 mars 1872, AN, F7 12345.",
        "unpublished",
        {"title": "F7", "howpublished": "Archives nationales (AN)"},
        id="series-and-item-number-after-a-repository-siglum",
    ),
]
ABNT_FIELD_ROWS = [
    pytest.param(
        f"{CHALHOUB}; {CHALHOUB_2}.",
        "book",
        {"author": "Chalhoub, Sidney", "title": "Visões da liberdade", "year": "1990"},
        id="abnt-book",
    ),
    pytest.param(
        f"{MATTOS}.",
        "incollection",
        {
            "author": "Mattos, Hebe",
            "editor": "Grinberg, Keila and Salles, Ricardo",
            "booktitle": "O Brasil Imperial",
            "title": "Raça e cidadania",
            "volume": "3",
            "pages": "15–44",
        },
        id="abnt-chapter-fields",
    ),
    pytest.param(
        f"{MENDONCA}.",
        "article",
        {
            "journal": "Revista Brasileira de História",
            "volume": "21",
            "number": "42",
            "pages": "77–99",
            "year": "2001",
        },
        id="abnt-article-fields",
    ),
    pytest.param(
        "M. Kowalczyk, Kobiece pisma, „Rocznik Historii Prasy” 2005, t. 8, s. 55–78, tu s. 74.",
        "article",
        {"pages": "55–78", "volume": "8"},
        id="polish-article-pages-then-tu",
    ),
]
ITALIAN_FIELD_ROWS = [
    pytest.param(
        f"{CAMMARANO}.",
        "article",
        {
            "author": "Cammarano, F.",
            "title": "Il moderatismo borghese e la crisi di fine secolo",
            "journal": "Studi storici",
            "volume": "XXXV",
            "number": "2",
            "year": "1994",
            "pages": "301–330",
        },
        id="italian-article-roman-volume-year-issue",
    ),
    pytest.param(
        "M. Rossi, La crisi agraria, in «Rivista storica italiana», 70 (1958), pp. 12-40.",
        "article",
        {"journal": "Rivista storica italiana", "volume": "70", "number": None, "year": "1958"},
        id="italian-article-arabic-volume-no-issue",
    ),
    pytest.param(
        f"{SABBATUCCI}.",
        "collection",
        {"editor": "Sabbatucci, G. and Vidotto, V.", "author": None, "title": "Storia d'Italia"},
        id="italian-two-editors-a-cura-di",
    ),
    pytest.param(
        f"{ZANGHERI}.",
        "collection",
        {"editor": "Zangheri, R.", "publisher": "Feltrinelli", "year": "1960"},
        id="italian-editor-a-cura-di",
    ),
    pytest.param(
        "Sabbatucci, Vidotto, op. cit., p. 40.",
        None,
        {"author": "Sabbatucci and Vidotto", "title": None},
        id="op-cit-co-authors-are-no-title",
    ),
    pytest.param(
        "Claire Morin, Paul Vidal, *op.cit.* p. 253.",
        None,
        {"author": "Morin, Claire and Vidal, Paul", "title": None},
        id="op-cit-co-authors-in-direct-order",
    ),
    pytest.param(
        "KOLÁŘ, c. d., s. 40.", None, {"author": "KOLÁŘ", "title": None}, id="op-cit-capitals"
    ),
    pytest.param(
        "Daniel E. MILLER, Antonín Švehla: mistr politiky, Praha: Argo 2001, s. 95.",
        "book",
        {"author": "Miller, Daniel E.", "title": "Antonín Švehla: mistr politiky"},
        id="capitals-family-after-an-initial",
    ),
    pytest.param(
        "Gramsci, Quaderni, cit., p. 40.",
        None,
        {"author": "Gramsci", "title": "Quaderni"},
        id="cit-one-word-short-title",
    ),
    pytest.param(  # a part of an edited book cited without "in": its editors, its imprint
        "Ada Reyes, “Printing the Tides,” *News Networks in Harbour Towns*, ed. Bo Lind "
        "(Abingdon: Routledge, 2006), 55.",
        "incollection",
        {
            "booktitle": "News Networks in Harbour Towns",
            "editor": "Lind, Bo",
            "publisher": "Routledge",
            "address": "Abingdon",
            "journal": None,
        },
        id="part-of-an-edited-book-without-in",
    ),  # fmt: skip
    pytest.param(  # the meeting word is the title's own: no paper read at a conference
        "Ada Reyes and Bo Lind, ‘Mapping the Quay Workshop’ (Harbour Hall, Lyon, 18 August 2015).",
        None,
        {"author": "Reyes, Ada and Lind, Bo", "title": "Mapping the Quay Workshop"},
        id="a-meeting-word-inside-the-title",
    ),
]


@pytest.mark.parametrize(
    ("text", "entry_type", "expected"),
    FIELD_ROWS
    + ITALIAN_FIELD_ROWS
    + ABNT_FIELD_ROWS
    + GOST_FIELD_ROWS
    + OXFORD_FIELD_ROWS
    + SPANISH_FIELD_ROWS
    + MEDIA_FIELD_ROWS
    + WEB_FIELD_ROWS,
)
def test_fields(text: str, entry_type: str | None, expected: Mapping[str, str | None]) -> None:
    first = parse(text)[0]
    if entry_type is not None:
        assert first.entry_type == entry_type
    assert {name: first.fields.get(name) for name in expected} == expected


def test_archival_locator_is_box_and_folder() -> None:
    (citation,) = parse(f"{ARCHIVE}.")
    assert (citation.locator or "").startswith("Box 5, Folder 6")


def test_equals_definitions_expand_a_chain_of_sigla() -> None:
    """ "ACS = Archivio centrale dello Stato, Roma; …", then "ACS, MI, b. 15": archive, fonds."""
    definitions = (
        "Abbreviazioni: ACS = Archivio centrale dello Stato, Roma; MI = Ministero dell'Interno."
    )
    text = "Il prefetto al ministro, 12 giugno 1901, in ACS, MI, b. 12, fasc. 3."
    note = Note(number=2, text=text, span=Span(0, 0, 2))
    (citation,) = parse_note(note, build_context([definitions, text]))
    assert citation.kind is FULL
    assert citation.entry_type == "unpublished"
    assert citation.locator == "b. 12, fasc. 3"
    assert citation.fields["howpublished"] == "Archivio centrale dello Stato (ACS), Roma"
    assert citation.fields["title"] == "Ministero dell'Interno (MI)"


def test_note_that_opens_with_a_defined_archive_is_archival() -> None:
    definition = "Ofício, 3 jan. 1887. Arquivo Nacional (AN), Série Justiça, IJ6 473."
    text = "AN, Série Justiça, IJ6 474."
    note = Note(number=2, text=text, span=Span(0, 0, 2))
    (citation,) = parse_note(note, build_context([definition, text]))
    assert (citation.kind, citation.entry_type, citation.locator) == (
        FULL,
        "unpublished",
        "IJ6 474",
    )
    assert citation.fields["title"] == "Série Justiça"
    assert citation.fields["howpublished"] == "Arquivo Nacional (AN)"


def test_prose_then_colon_then_the_author() -> None:
    text = (
        "Zob. ibidem; por. krytyczną recenzję: T. Nowak, [rec.] E. Rzepka, Kobieta nowoczesna…, "
        "„Kwartalnik Historyczny” 2012, t. 119, z. 3."
    )
    _, review = parse(text)
    assert review.text.startswith("T. Nowak, [rec.]")
    assert (review.fields["author"], review.fields["journal"]) == (
        "Nowak, T.",
        "Kwartalnik Historyczny",
    )


def test_small_capitals_author_after_a_signal() -> None:
    _, second = parse(
        "PHILIP HAMBURGER, IS ADMINISTRATIVE LAW UNLAWFUL? 3 (2014); *see also* ADRIAN VERMEULE, "
        "LAW'S ABNEGATION 4 (2016) (arguing the opposite)."
    )
    assert second.text.startswith("ADRIAN VERMEULE, LAW'S ABNEGATION")
    assert second.fields["author"] == "Vermeule, Adrian"


def test_compound_word_spells_its_abbreviation() -> None:
    context = build_context(["Generallandesarchiv Karlsruhe (GLA), Bestand 236, Nr. 12345."])
    assert context.abbreviations == {"GLA": "Generallandesarchiv Karlsruhe"}


def test_equals_definitions_in_other_languages() -> None:
    context = build_context(["Abkürzungen: BArch = Bundesarchiv, Koblenz; RK = Reichskanzlei."])
    assert context.abbreviations == {"BArch": "Bundesarchiv, Koblenz", "RK": "Reichskanzlei"}


def test_a_bracketed_remark_on_the_citation_before_stays_with_it() -> None:
    """ "(Reprinted on …)" opens with no name: no source of its own, a part of the one before."""
    cited = parse(
        "See Tom Ash, “Pruning,” *Orchards* (July, 1986). (Reprinted on the web site: "
        "http://www.example.org/a.html.) This interview shows his views."
    )
    assert len(cited) == 1
    assert cited[0].kind is FULL
    assert "(Reprinted on the web site" in cited[0].text


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "This is discussed in Karp and Sutcliffe, *The Early Modern World*, pp. 329–40.",
            "Karp and Sutcliffe, *The Early Modern World*, pp. 329–40",
        ),
        (
            "As argued in Claire and Arcangeli, “Towards a History of Play,” 55.",
            "Claire and Arcangeli, “Towards a History of Play,” 55",
        ),
        (
            "*See generally* Merrill & Hickman, *supra* note 3, at 900.",
            "Merrill & Hickman, *supra* note 3, at 900",
        ),
    ],
)
def test_two_authors_after_prose_open_the_citation(text: str, cited: str) -> None:
    note = Note(number=1, text=text, span=Span(0, 0, 1))
    (citation,) = parse_note(note, build_context([text]))
    assert citation.text == cited
