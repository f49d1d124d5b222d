#!/usr/bin/env python3
"""Build tests/corpus4/fr_photographie.docx (a French Word document with real footnotes).

    python3 tests/corpus4/make_docx.py

The WordprocessingML is written by tests/corpus_tools/docx_fixture.py. The gold
file (gold/fr_photographie.gold.json) gives each note's text with the asterisks kept.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus_tools"))
from docx_fixture import write_docx  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "fr_photographie.docx"

TITLE = "Photographier la famille : albums, usages sociaux et mémoire (1950-1980)"
AUTHOR = "Claire Vasseur, Université Paris 1 Panthéon-Sorbonne"

# Body paragraphs; [n] places the reference to note n.
BODY = [
    "La photographie de famille a longtemps été tenue pour indigne de l’attention des historiens.[1] Une enquête collective des années 1960 en a pourtant fait un objet sociologique de premier plan.[2] Elle y voyait un « art moyen », pratiqué par tous et codifié par le groupe.[3] Les historiens de la photographie ont mis plus de temps à s’y intéresser.[4]",
    "Les grandes synthèses lui accordent une place modeste.[5] Une histoire sociale de la photographie avait pourtant été tentée dès les années 1930.[6] Elle insistait sur le lien entre techniques et classes sociales.[7] Le livre de Barthes a changé la manière d’en parler.[8]",
    "Il partait précisément d’une photographie de famille.[9] Sa réception a été considérable.[10] La critique américaine a prolongé cette réflexion.[11] Les historiens, eux, ont plaidé pour un usage documentaire de l’image.[12]",
    "Cette position a été discutée dans une livraison d’*Études photographiques*.[13] Les albums conservés dans les archives publiques permettent de la mettre à l’épreuve.[14] Les Archives départementales en conservent plusieurs, déposés par des familles.[15] L’un d’eux couvre près de trente années.[16]",
    "Il rejoint les observations de l’enquête de 1965.[17] On y retrouve aussi les rituels décrits par les sociologues.[18] La fonction de l’album est d’abord de célébrer l’unité du groupe.[19] Le passage au numérique a modifié ces pratiques.[20]",
    "Il a surtout changé leur circulation.[21] Ces images entrent aujourd’hui dans des mémoires collectives plus larges.[22] Le rapport entre document et art reste pourtant à penser.[23] Une enquête orale menée en 2021 éclaire ces usages.[24]",
    "Les entretiens confirment la place centrale des mères dans la constitution des albums.[25] Ils nuancent en revanche l’idée d’un usage purement rituel.[26]",
]

# Footnotes in order of reference; *...* marks italics.
NOTES = [
    "Une première version de ce texte a été présentée au séminaire « Images et sociétés » de l’EHESS en 2022.",
    "Pierre Bourdieu (dir.), *Un art moyen. Essai sur les usages sociaux de la photographie*, Paris, Éditions de Minuit, 1965.",
    "*Ibid.*, p. 39-48.",
    "Voir Jean-Claude Lemagny et André Rouillé (dir.), *Histoire de la photographie*, Paris, Bordas, 1986.",
    "Michel Frizot (dir.), *Nouvelle histoire de la photographie*, Paris, Bordas/Adam Biro, 1994, p. 11 ; Lemagny et Rouillé (dir.), *Histoire de la photographie*, *op. cit.*, p. 200.",
    "Gisèle Freund, *Photographie et société*, Paris, Seuil, coll. « Points », 1974, p. 5-9.",
    "*Ibid.*, p. 61.",
    "Roland Barthes, *La Chambre claire. Note sur la photographie*, Paris, Cahiers du cinéma/Gallimard/Seuil, 1980.",
    "*Ibid.*, p. 106-113.",
    "Sur cette réception, cf. André Rouillé, *La Photographie. Entre document et art contemporain*, Paris, Gallimard, coll. « Folio essais », 2005, p. 15.",
    "Susan Sontag, *Sur la photographie*, trad. Philippe Blanchard, Paris, Christian Bourgois, 1993, p. 23.",
    "Ilsen About et Clément Chéroux, « L’histoire par la photographie », *Études photographiques*, n° 10, novembre 2001.",
    "*Ibid.*, p. 12 ; voir aussi Frizot, *op. cit.*, p. 745.",
    "About et Chéroux, art. cit., p. 20.",
    "Archives départementales des Yvelines, 166 J 12, album de la famille Deschamps, 1952-1979.",
    "*Ibid.*",
    "Bourdieu, *op. cit.*, p. 53.",
    "*Id.*, p. 54-56.",
    "Barthes, *op. cit.*, p. 125 ; Sontag, *op. cit.*, p. 30.",
    "André Gunthert, *L’Image partagée. La photographie numérique*, Paris, Textuel, 2015, p. 27-45.",
    "*Ibid.*, p. 140.",
    "Pierre Nora (dir.), *Les Lieux de mémoire*, t. I, *La République*, Paris, Gallimard, 1984, p. XVII.",
    "Rouillé, *op. cit.*, p. 460.",
    "Entretien avec Mme L., Versailles, 14 avril 2021.",
    "Voir Bourdieu, *op. cit.*, p. 39, et la discussion de Gunthert, *L’Image partagée*, p. 88.",
    "Freund, *op. cit.*, p. 190. La comparaison reste à faire.",
]


def main() -> None:
    write_docx(
        OUT,
        title=TITLE,
        author=AUTHOR,
        creator="Claire Vasseur",
        created=datetime(2024, 3, 1, 9, 0, 0),
        body=BODY,
        notes=NOTES,
    )


if __name__ == "__main__":
    main()
