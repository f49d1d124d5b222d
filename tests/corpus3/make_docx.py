#!/usr/bin/env python3
"""Build tests/corpus3/fr_endnotes_docx.docx (a French Word document with real footnotes).

    python3 tests/corpus3/make_docx.py

The WordprocessingML is written by tests/corpus_tools/docx_fixture.py. The gold
file (gold/fr_endnotes_docx.gold.json) gives each note's text with the asterisks kept.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus_tools"))
from docx_fixture import write_docx  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "fr_endnotes_docx.docx"

TITLE = "Lire à l’atelier : bibliothèques populaires et lecteurs ouvriers à Lyon (1860-1914)"
AUTHOR = "Sophie Marchal, Université Lumière Lyon 2"

# Body paragraphs; [n] places the reference to note n.
BODY = [
    "L’histoire de la lecture populaire au XIXe siècle a longtemps été écrite depuis Paris.[1] Les grandes synthèses d’histoire de l’édition ont pourtant ouvert la voie à une approche régionale,[2] et l’on dispose aujourd’hui d’études précises sur les « nouveaux lecteurs » de la seconde moitié du siècle,[3] comme sur les bibliothèques scolaires qui les ont souvent formés.[4]",
    "Le mouvement des bibliothèques populaires, né à Paris dans les années 1860, gagna rapidement Lyon.[5] Il s’agissait moins, pour ses promoteurs, d’encadrer la lecture que de la rendre possible ; les lecteurs, eux, en faisaient un usage que les fondateurs n’avaient pas prévu, ce que Michel de Certeau appelait un « braconnage ».[6] Sa réception fut d’emblée ambiguë.[7] La police, en effet, surveillait de près ces lieux de sociabilité ouvrière.[8]",
    "Les lectures des ouvriers lyonnais nous sont connues par les registres de prêt,[9] qui confirment les conclusions des enquêtes nationales[10] et celles des enquêtes orales menées auprès d’anciens lecteurs.[11] Les souvenirs d’un compagnon menuisier, publiés dès 1854, montrent combien la lecture restait une conquête.[12] Le même livre évoque aussi ses premières lectures de romans.[13]",
    "Zola, que l’on sollicita à plusieurs reprises pour des conférences, s’en amusait dans sa correspondance.[14] Les rapports de police signalent pourtant la présence de ses livres sur les rayons de plusieurs bibliothèques de la Croix-Rousse.[15] Les familles des bibliothécaires en ont parfois conservé le souvenir.[16]",
    "Les catalogues imprimés confirment cette évolution.[17] Le roman-feuilleton y occupe une place croissante à partir des années 1880,[18] au point de représenter près de la moitié des prêts vers 1900.[19] Cette proportion n’a rien d’exceptionnel.[20] Elle correspond à ce que l’on observe à l’échelle nationale.[21] Elle ne doit pas faire oublier, enfin, la persistance des lectures pratiques et religieuses.[22]",
]

# Footnotes in order of reference; *...* marks italics.
NOTES = [
    "Cet article reprend une communication présentée au séminaire « Histoire du livre » de l’ENSSIB en mai 2022. Je remercie ses participants pour leurs remarques.",
    "Henri-Jean Martin et Roger Chartier (dir.), *Histoire de l’édition française*, t. III, *Le Temps des éditeurs. Du romantisme à la Belle Époque*, Paris, Promodis, 1985.",
    "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509.",
    "Id., « Les bibliothèques scolaires », dans Dominique Varry (dir.), *Histoire des bibliothèques françaises*, t. III, *Les Bibliothèques de la Révolution et du XIXe siècle, 1789-1914*, Paris, Promodis-Éditions du Cercle de la Librairie, 1991, p. 546-577.",
    "Noë Richter, *Les Bibliothèques populaires*, Paris, Cercle de la Librairie, 1978, p. 45.",
    "Michel de Certeau, *L’Invention du quotidien*, t. 1, *Arts de faire*, nouv. éd., Paris, Gallimard, coll. « Folio essais », 1990, p. 239-255.",
    "Ibid., p. 251.",
    "Rapport du commissaire spécial de Lyon au préfet du Rhône, 12 mars 1872, AN, F7 12345.",
    "Anne-Marie Thiesse, « Mutations et permanences de la culture populaire : la lecture à la Belle Époque », *Annales ESC*, vol. 39, n° 1, 1984, p. 70-91.",
    "A.-M. Thiesse, art. cit., p. 80.",
    "Id., *Le Roman du quotidien. Lecteurs et lectures populaires à la Belle Époque*, Paris, Le Chemin vert, 1984, p. 33.",
    "Agricol Perdiguier, *Mémoires d’un compagnon*, éd. Maurice Agulhon, Paris, Imprimerie nationale, 1992, p. 120.",
    "Ibid.",
    "Émile Zola, *Correspondance*, éd. B. H. Bakker, t. II, Montréal-Paris, Presses de l’Université de Montréal-Éditions du CNRS, 1980, p. 45.",
    "AN, F7 12346.",
    "Lettre de Mme Claire Dubois, petite-fille d’un bibliothécaire de la Société des bibliothèques populaires du Rhône, à l’auteur, 4 avril 2019.",
    "Richter, *Les Bibliothèques populaires*, op. cit., p. 60.",
    "Hébrard, « Les nouveaux lecteurs », art. cit., p. 480.",
    "Ibid., p. 485.",
    "Id., p. 490.",
    "Martin et Chartier (dir.), *Histoire de l’édition française*, t. III, op. cit., p. 30.",
    "Voir Noë Richter, *Les Bibliothèques populaires*, Paris, Promodis, 1978, p. 70 ; Thiesse, « Mutations et permanences », art. cit., p. 85.",
]


def main() -> None:
    write_docx(
        OUT,
        title=TITLE,
        author=AUTHOR,
        creator="Sophie Marchal",
        created=datetime(2023, 2, 10, 9, 0, 0),
        body=BODY,
        notes=NOTES,
    )


if __name__ == "__main__":
    main()
