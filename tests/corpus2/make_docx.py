#!/usr/bin/env python3
"""Build tests/corpus2/en_footnotes_docx.docx (a Word document with real footnotes).

    python3 tests/corpus2/make_docx.py

The WordprocessingML is written by tests/corpus_tools/docx_fixture.py. The gold
file (gold/en_footnotes_docx.gold.json) gives each note's text with the asterisks kept.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus_tools"))
from docx_fixture import write_docx  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "en_footnotes_docx.docx"

TITLE = "Music for the Town: John Playford, the Stationers, and the Market for Printed Music in Restoration London"
AUTHOR = "Clare Whitlow, University of Bristol"

# Body paragraphs; [n] places the reference to note n.
BODY = [
    "Historians of the book have long insisted that the meaning of a text is shaped by the material forms in which it circulates.[1] That insistence has been slower to reach the history of printed music, where the technical difficulties of setting notes in type have tended to dominate the discussion.[2] Yet the music book trade of Restoration London was, above all, a trade: it had customers, prices, and competitors.[3]",
    "No figure embodies that trade better than John Playford, bookseller, publisher, and clerk of the Temple Church. His career has been reconstructed in outline,[4] and more recently in considerable detail.[5] What remains less clear is how Playford’s customers used the books he sold them.[6] His own prefaces offer a partial answer: they address the reader as a gentleman amateur, anxious to learn without a master.[7] The same prefaces are, however, advertisements, and should be read as such.[8]",
    "The technical history is better known. Krummel’s survey of English music printing remains the standard account,[9] and the surviving manuscripts of the Oxford Music School show how printed and manuscript copies circulated side by side.[10] The Stationers’ Register records Playford’s entries with unusual regularity.[11] Comparison with the register shows that many of his books were entered only after publication, if at all.[12]",
    "Playford’s own account of his purpose is more candid than most.[13] Samuel Pepys, who bought several of his books, noted their prices with evident satisfaction.[14] On another occasion he recorded singing from a Playford collection with his household.[15] The dance books had a different public.[16] Their readers, as one scholar has pointed out to me, were as likely to be dancing masters as gentlemen.[17]",
    "The register also records transfers of copy between Playford and his son Henry.[18] These transfers suggest a family business planning for succession rather than a single entrepreneur.[19] The cittern and guitar tutors, often ignored, belong to the same strategy.[20] The most recent account places the turning point in the early 1680s,[21] a chronology that fits the evidence of the trade as a whole.[22] It also fits what McKenzie found in the records of the London trade in 1668.[23]",
]

# Footnotes in order of reference; *...* marks italics.
NOTES = [
    "D. F. McKenzie, *Bibliography and the Sociology of Texts* (London: British Library, 1986), p. 12; Adrian Johns, *The Nature of the Book: Print and Knowledge in the Making* (Chicago: University of Chicago Press, 1998), pp. 58–62.",
    "Ibid., p. 60.",
    "See Krummel, *English Music Printing*, p. 44, on the ‘economics of the single sheet’.",
    "Stephen Marchbank, ‘John Playford and the London Book Trade’, *The Library*, 6th ser., 14 (1992), 201–23 (p. 205).",
    "Idem, *Music for the Citizen: John Playford and his Customers, 1651–1686* (Oxford: Clarendon Press, 2001), p. 33.",
    "Marchbank, op. cit., p. 40.",
    "John Playford, *An Introduction to the Skill of Musick*, 12th edn (London: E. Jones for H. Playford, 1694), sig. A2r.",
    "Ibid., p. 14. The wording of the preface changed little between editions.",
    "D. W. Krummel, *English Music Printing, 1553–1700* (London: Bibliographical Society, 1975), p. 101; see also D. W. Krummel and Stanley Sadie, eds, *Music Printing and Publishing* (Basingstoke: Macmillan, 1990), pp. 70–74.",
    "Oxford, Bodleian Library, MS Mus. Sch. c. 95, fols 3r–5v.",
    "London, Stationers’ Hall, Register of Entries of Copies, 1682–1708, fol. 44v (hereafter *SR*).",
    "*SR*, fol. 52r; Marchbank, ‘John Playford and the London Book Trade’, p. 210.",
    "Playford, op. cit., p. 30.",
    "Samuel Pepys, *The Diary of Samuel Pepys*, ed. by Robert Latham and William Matthews, 11 vols (London: Bell, 1970–83), IX (1976), 201.",
    "Ibid., VIII, 560.",
    "John Playford, *The English Dancing Master* (London: Thomas Harper, 1651), p. 3.",
    "Personal communication from Dr Alison Keane, 3 May 2019.",
    "*SR*, fols 60v–61r.",
    "Playford, op. cit., p. 112.",
    "Thompson, *Playford’s Cittern Tutor*, p. 9.",
    "Stephen Marchbank, *Music for the Citizen: John Playford and his Customers, 1651–1686* (Oxford: Clarendon Press, 2003), p. 90.",
    "McKenzie, *Bibliography and the Sociology of Texts*, p. 30; idem, ‘The London Book Trade in 1668’, *Words*, 4 (1974), 75–92.",
    "Ibid., p. 80.",
]


def main() -> None:
    write_docx(
        OUT,
        title=TITLE,
        author=AUTHOR,
        creator="Clare Whitlow",
        created=datetime(2019, 6, 1, 9, 0, 0),
        body=BODY,
        notes=NOTES,
    )


if __name__ == "__main__":
    main()
