"""The fourth to twenty-seventh development corpora, scored by the shared scorer: no document
below its floor.

tests/corpus4 to tests/corpus27 were written after the parser, and measured before any rule
was fitted to them (for tests/corpus19 to tests/corpus21, tests/corpus23 and later ones, rules
were then written for what each missed, each against a habit the other corpora share;
tests/corpus22 has none); their floors sit a little under the figures the
parser reached, so a change that loses ground on these documents fails here. The scorer lives
outside the project (../shared/eval/score.py, or the folder named by CITEKIT_EVAL); without it
the test is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from citekit import pipeline
from citekit.report import to_contract

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("CITEKIT_EVAL", ROOT.parent / "shared" / "eval"))
# headline per document, by corpus; measured, then lowered by about 0.01
FLOORS = {
    "corpus4": {
        "de_stadtgeschichte": 0.99,
        "en_colonial_archives": 0.73,
        "en_law_privacy": 0.96,
        "en_musicology_chopin": 0.975,
        "en_sts_software": 0.975,
        "fr_photographie": 0.95,
    },
    "corpus5": {
        "en_augustine_coercion": 0.97,
        "en_classics_athens": 0.72,
        "en_famine_economics": 0.975,
        "en_native_title": 0.975,
        "en_vangogh_letters": 0.905,
        "sv_folkhemmet": 0.90,
    },
    "corpus6": {
        "en_beethoven_quartets": 0.89,
        "en_carolingian_schools": 0.905,
        "en_darwin_pigeons": 0.965,
        "en_kant_heidegger": 0.905,
        "en_law_platforms": 0.935,
        "en_real_wages_wp": 0.965,
    },
    "corpus7": {
        "de_abendmahlsstreit": 0.91,
        "en_dearth_1590s": 0.925,
        "en_kula_fieldwork": 0.93,
        "en_noir_censorship": 0.95,
        "fr_manet_salon": 0.98,
        "it_quota_novanta": 0.95,
    },
    "corpus8": {
        "de_minnesang_handschriften": 0.795,
        "en_rylands_reservoirs": 0.975,
        "en_vindolanda_letters": 0.97,
        "es_inquisicion_toledo": 0.95,
        "fr_flaubert_proces": 0.78,
        "it_caravaggio_roma": 0.975,
    },
    "corpus9": {
        "en_meiji_railways": 0.97,
        "en_nyssa_ascent": 0.87,
        "en_sappho_fragments": 0.96,
        "hu_nyugat_irastudok": 0.965,
        "nl_voc_specerijen": 0.945,
        "pt_nautica_quinhentos": 0.955,
    },
    "corpus10": {  # start figures (no rule fitted yet), floors about 0.01 under them
        "ca_mancomunitat": 0.97,  # raised after the rules of branch corpus11 (0.981)
        "en_auction_provenance": 0.97,
        "en_radio_features": 0.965,
        "en_shellshock_hospitals": 0.98,
        "en_tva_thesis": 0.98,  # raised after corpus11's rules (0.991)
        "es_salitre_tarapaca": 0.95,
    },
    "corpus11": {  # start 0.950 (see its README); floors about 0.01 under the rules' figures
        "en_abolition_petitions": 0.985,
        "en_cotton_famine": 0.96,
        "en_hogarth_press": 0.975,
        "en_influenza_philadelphia": 0.975,
        "en_land_war_mayo": 0.98,
        "en_pilgrim_shrines": 0.965,
    },
    "corpus12": {  # figures after its rules (start 0.873, 0.902 on corrected gold), less 0.01
        "en_lancashire_cotton_firms": 0.96,
        "en_legitimate_expectation": 0.975,
        "en_luther_romans": 0.95,
        "en_matthew_passion_revival": 0.975,
        "en_practical_necessity": 0.805,
        "en_takings_denominator": 0.98,
    },
    "corpus13": {  # figures after its rules (start 0.903, 0.904 on corrected gold), less 0.01
        "en_cato_villa_economy": 0.985,
        "en_cuyahoga_river_fire": 0.985,
        "en_great_wave_museums": 0.98,
        "en_lear_quartos": 0.955,
        "en_smallpox_eradication": 0.98,
        "en_subak_water_temples": 0.985,
    },
    "corpus14": {  # figures after its rules (start 0.815, also on corrected gold), less ~0.01
        "de_bruening_reichskanzlei": 0.91,
        "en_galician_autonomy": 0.965,
        "es_porfiriato_cananea": 0.965,
        "fr_balzac_feuilleton": 0.95,
        "it_tiziano_palazzo_ducale": 0.97,
        "pt_abolicao_corte": 0.935,
    },
    "corpus15": {  # start figures of integ f690702 (no rule fitted to it), less ~0.01
        "en_class_and_taste_survey": 0.935,
        "en_dative_alternation": 0.96,
        "en_early_christian_military": 0.90,
        "en_newton_light_colours": 0.985,
        "en_peacekeeping_mandates": 0.88,
        "en_television_satire_podcasts": 0.93,
    },
    "corpus16": {  # figures of 679952d (after the rules it prompted), less ~0.01
        "en_bach_cello_suites": 0.985,
        "en_ghazali_causality": 0.985,
        "en_kant_respect_feeling": 0.945,
        "en_lancashire_cotton_firms": 0.935,
        "en_maruyama_postwar": 0.985,
        "en_school_accountability": 0.92,
    },
    "corpus17": {  # figures of branch corpus17 (start 0.859 on its corrected gold), less ~0.01
        "en_inequality_working_papers": 0.925,
        "en_language_models_history": 0.805,
        "nl_gouden_eeuw_verdraagzaamheid": 0.985,
        "pl_romantyzm_mesjanizm": 0.985,
        "ru_formalizm_semiotika": 0.97,
        "sv_folkhemmet_befolkningsfragan": 0.92,
    },
    "corpus18": {  # start figures of integ dd2e44a (no rule fitted to it), less ~0.01
        "en_anglo_norman_chronicles": 0.905,
        "en_athenian_naval_lists": 0.88,
        "en_barth_election": 0.955,
        "en_cholera_sanitary_reform": 0.945,
        "en_eu_citizenship_residence": 0.96,
        "fr_ilots_chaleur_urbanisme": 0.955,
    },
    "corpus19": {  # figures after its rules (start 0.886 as written), less ~0.01
        "en_accra_market_traders": 0.96,
        "en_darwin_correspondence": 0.985,
        "en_dust_bowl_pesticides": 0.985,
        "en_tempest_prelude_editions": 0.95,
        "en_vermeer_delft_catalogues": 0.99,
        "es_deuda_latinoamericana": 0.97,
    },
    "corpus20": {  # measured unseen (0.922), then four rules from its misses; less ~0.01
        "en_chartist_petitions": 0.965,
        "en_duty_of_care_incrementalism": 0.975,
        "en_early_methodist_field_preaching": 0.985,
        "en_hume_miracles_testimony": 0.96,
        "en_social_capital_decline": 0.955,
        "en_wordsworth_spots_of_time": 0.915,
        "fr_affaire_dreyfus_presse": 0.98,
    },
    "corpus21": {  # measured unseen (0.924), then three rules from its misses; less ~0.01
        "en_burned_over_district_revivals": 0.985,
        "en_early_cinema_attractions": 0.98,
        "en_missile_crisis_decision_models": 0.985,
        "en_putney_debates_franchise": 0.97,
        "en_replication_experimenters_regress": 0.985,
        "it_virgilio_dante_guida": 0.97,
    },
    "corpus22": {  # measured unseen (0.884) on cb09c90; no rule written against it; less ~0.01
        "de_ringstrasse_stadterweiterung": 0.765,
        "en_champagne_fairs_credit": 0.815,
        "en_great_vowel_shift_chain": 0.98,
        "en_marbury_judicial_review": 0.905,
        "en_oxyrhynchus_readers": 0.755,
        "en_semmelweis_childbed_fever": 0.94,
        "en_song_examinations_elites": 0.945,
    },
    "corpus23": {  # unseen 0.881 on 8db3b2b; 0.934 after rules from its misses; less ~0.01
        "en_byzantine_iconoclasm_sources": 0.98,
        "en_flint_sitdown_strike": 0.985,
        "en_knowledge_argument_qualia": 0.985,
        "en_permanent_settlement_bengal": 0.965,
        "en_quebec_secession_reference": 0.945,
        "en_tycho_uraniborg_instruments": 0.965,
        "pt_cinema_sonoro_chanchada": 0.975,
    },
    "corpus24": {  # unseen 0.907 on 9cbc64d; raised where rules from its misses lifted it
        "de_osmanisches_bodenrecht": 0.955,
        "en_abbasid_translation_astronomy": 0.985,
        "en_bebop_historiography": 0.985,
        "en_embeddedness_markets": 0.985,
        "en_lex_aquilia_digest": 0.85,
        "en_victorian_reviewing_anonymity": 0.975,
        "it_eritrea_terre_demaniali": 0.955,
    },
    "corpus25": {  # unseen 0.940 on 9cbc64d; raised where rules from its misses lifted it
        "de_haithabu_ausgrabungen": 0.97,
        "en_land_titling_wp": 0.965,
        "en_meiji_novel_student": 0.98,
        "en_nondelegation_founding": 0.98,
        "en_seaworthiness_hague_visby": 0.98,
        "en_tuscan_health_boards": 0.975,
        "fr_carte_cassini": 0.97,
    },
    "corpus26": {  # unseen 0.880 on a81c692; raised where rules from its misses lifted it
        "en_dust_bowl_soil": 0.98,
        "en_kolkhoz_markets_1932": 0.875,
        "en_orfeo_mantua_1607": 0.98,
        "en_pericles_funeral_student": 0.865,
        "en_sharia_governing_law": 0.97,
        "es_mita_potosi_toledo": 0.85,
        "nl_delftse_kunstmarkt": 0.945,
    },
    "corpus27": {  # unseen 0.841 on a81c692; raised where rules from its misses lifted it
        "en_asylum_casebooks": 0.915,
        "en_choson_yangban_lineages": 0.965,
        "en_maritime_delimitation_icj": 0.98,
        "en_venetian_incunabula": 0.97,
        "es_duero_repoblacion": 0.895,
        "nl_ontkerkelijking_blog": 0.985,
        "pt_trafico_luanda_rio": 0.91,
    },
    "corpus28": {  # unseen 0.891 on 96c0a3f; raised where rules from its misses lifted it
        "cs_kalich_utrakvismus": 0.965,
        "de_helmholtz_erhaltung": 0.97,
        "en_language_endangerment_student": 0.96,
        "en_sampling_fair_use": 0.97,
        "en_socialist_calculation": 0.97,
        "en_sutton_hoo_excavation": 0.985,
        "fr_nouvelle_vague_critique": 0.97,
    },
    "corpus29": {  # measured unseen (0.895) on f5f5f56; no rule written against it; less ~0.01
        "en_akrasia_scholastics": 0.925,
        "en_bateson_mendelism": 0.935,
        "en_mpesa_remittances": 0.985,
        "it_bonifica_pontina": 0.975,
        "pl_archiwum_ringelbluma": 0.73,
        "pt_canudos_republica": 0.775,
        "ru_zemskaya_meditsina": 0.865,
    },
    "corpus30": {  # unseen 0.857 on be0a9df; a development set since dev30 and biblio34; less ~0.01
        "ca_colonies_textils": 0.98,
        "da_andelsmejerier": 0.985,
        "en_climate_fiction_student": 0.975,
        "en_metre_meridian": 0.99,  # 0.999 since biblio34 (hand-typed bibliographies)
        "en_ouster_clauses": 0.985,
        "en_rural_reconstruction": 0.975,
        "en_sanatorium_frimley": 0.975,
    },
    "corpus31": {  # unseen 0.923 on 51bcdbf (headlines only); no rule written for it; less ~0.01
        # hand36: German sentence subtitles and numbered newspaper issues 0.758 -> 0.810; a
        # letter cited by its class and piece (corpus9 too) 0.976 -> 0.980; Whistler's gold flags
        # its ibid. after two works (CONTRACT) 0.795 -> 0.906
        "de_inflation_1923": 0.80,
        "en_bretton_woods_scarce_currency": 0.985,
        "en_cross_bronx_thesis": 0.96,
        "en_luddites_west_riding": 0.97,
        "en_qualified_immunity_note": 0.98,
        "en_whistler_ruskin_trial": 0.895,
        "fr_ballets_russes_scandales": 0.96,
    },
    "corpus32": {  # written for hand-typed bibliographies (biblio34): 0.876 before, 0.995 after
        "de_zeitregime": 0.99,
        "en_canal_age": 0.975,
        "en_great_arc": 0.98,
        "en_serial_fiction": 0.99,
        "fr_annales": 0.99,
    },
    "corpus33": {  # unseen 0.903 on c379da6; opened in session 38: 0.961 at 8d3f283, less ~0.01
        "de_bauhaus_weimar_1924": 0.97,
        "en_atlantic_cable_1858": 0.955,
        "en_london_zoo_visitors": 0.94,
        "en_misuse_private_information": 0.965,
        "es_misiones_pedagogicas": 0.92,
        "it_olivetti_ivrea": 0.98,
        "pl_solidarnosc_bydgoszcz": 0.91,
    },
}
DOCUMENTS = [(corpus, name) for corpus, floors in FLOORS.items() for name in sorted(floors)]


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    if spec is None or spec.loader is None or not (EVAL / "score.py").exists():
        pytest.skip(f"no scorer at {EVAL} (set CITEKIT_EVAL)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_every_document_has_a_floor(corpus: str) -> None:
    gold = ROOT / "tests" / corpus / "gold"
    names = sorted(p.name.removesuffix(".gold.json") for p in gold.glob("*.gold.json"))
    assert names == sorted(FLOORS[corpus])


@pytest.mark.parametrize(("corpus", "name"), DOCUMENTS, ids=[f"{c}/{n}" for c, n in DOCUMENTS])
def test_document_stays_above_its_floor(corpus: str, name: str) -> None:
    scorer = _scorer()
    gold_file = ROOT / "tests" / corpus / "gold" / f"{name}.gold.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    report = to_contract(pipeline.extract(ROOT / gold["document"]))
    headline = scorer.score(report, gold)["headline"]
    floor = FLOORS[corpus][name]
    assert headline >= floor, f"{corpus}/{name}: {headline:.3f} < floor {floor}"
