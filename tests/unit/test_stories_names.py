"""Organisation names: spellings of one company must meet, different companies must not."""

import pytest

from streams.stories.names import key_token, named_after, normalise, related, same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Microsoft Corp.", "Microsoft"),
        ("Nuance Communications Inc.", "Nuance"),
        ("Rivian", "Rivian Automotive"),
        ("Lufthansa", "Deutsche Lufthansa AG"),
        ("MásMóvil", "MASMOVIL"),
        ("Tiffany & Co.", "Tiffany"),
        ("U.S. Steel", "United States Steel"),
        ("US Steel", "U.S. Steel"),
        ("CK Hutchison Group Telecom Holdings", "CK Hutchison"),
        ("O2 UK", "Virgin Media O2"),  # a national unit by its brand, inside a later brand
        ("Telefónica España", "Telefónica"),
        ("Fosun", "Shanghai Fosun Pharmaceutical"),  # the short form outlets use, inside the full name
        ("Paris-based CK Hutchison", "CK Hutchison Group Telecom Holdings"),  # a descriptor the extractor kept
        # a public body whose generic head or tail an outlet translated
        ("Nahverkehrsverbund Rhein-Main", "Rhein-Main regional transport authority"),
        ("Ministry of Defence", "Defence Ministry"),
        # a sector word each outlet gives in its own language
        ("Vantor Assurances", "Vantor Versicherungen"),
        ("Vantor Vie", "Vantor Leben"),
        ("Vantor Leben", "Vantor Life"),
        ("Grupo Ostra Alimentos", "Ostra Foods"),
    ],
)
def test_spellings_of_one_company_match(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nippon Steel", "United States Steel"), ("Orange", "Oracle"), ("Contoso", "Fabrikam"),
     ("Globex Bank", "Globex Air"), ("Vodafone UK", "Vodafone Italia"), ("Bank of America", "Bank of England"),
     ("Shanghai Pharmaceuticals", "Shanghai Fosun Pharmaceutical"), ("City Index", "Index Ventures"),
     ("Ministry of Defence", "Ministry of Finance"), ("Verkehrsverbund Rhein-Ruhr", "Rhein-Main transport authority"),
     ("Vantor Life", "Vantor Energy"), ("Vie Assurances", "Life Insurance"), ("Vantor Life", "Corla Leben")],
)
def test_different_companies_do_not_match(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_normalise_drops_accents_case_punctuation_and_legal_forms() -> None:
    assert normalise("Société Générale S.A.") == "societe generale"
    assert normalise("The Walt Disney Company") == "walt disney"
    assert normalise("Group") == "group"  # a name made only of noise words stays itself


def test_key_token_is_shared_by_prefix_spellings() -> None:
    assert key_token("Kering Beauté") == key_token("Kering SA") == "kering"
    assert key_token("U.S. Steel") == key_token("US Steel Corp") == "us"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Banco Sabadell", "Sabadell"), ("Banco de Sabadell", "Sabadell SA"), ("Raiffeisenbank Oberland", "Oberland"),
     ("London-based Lumora", "Lumora"), ("das Münchner Robotik-Start-up Lumenfeld Robotics", "Lumenfeld"),
     ("Nahverkehrsverbund Rhein-Main", "Rhein-Main regional transport authority")],
)
def test_key_token_skips_a_generic_head_or_a_descriptor_outlets_add(a: str, b: str) -> None:
    assert key_token(a) == key_token(b)


def test_key_token_keeps_a_name_made_of_a_head_alone() -> None:
    assert key_token("Bank") == "bank"
    assert key_token("Banco Santander") != key_token("Banco Sabadell")


def test_a_joint_venture_named_after_both_parents() -> None:
    venture = "Corvane Halstrom Energy GmbH"
    assert named_after(venture, "Corvane Industries", "Halstrom Metals AB")
    assert named_after(venture, "Halstrom Metals", "Corvane Industries")
    assert not named_after("Corvane Energy", "Corvane Industries", "Halstrom Metals")  # one parent's unit
    assert not named_after(venture, "Corvane Industries", "Bellweather")  # not its other parent
    assert not named_after(venture, "Corvane", "Halstrom Metals")  # a name within it: the same firm
    # the cheap pre-test finds every such pair, and every spelling of one firm
    assert related(venture, "Corvane Industries") and related("Halstrom", venture)
    assert related("US Steel", "United States Steel") and not related("Corvane", "Bellweather")
