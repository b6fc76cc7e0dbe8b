"""What the detector finds in Dutch text, and what it must leave alone."""

import pytest

from samenspraak.privacy.detection import apply, detect, elfproef, iban_is_valid


def kinds_found(text):
    return {(text[s.start : s.end], s.kind) for s in detect(text)}


@pytest.mark.parametrize(
    ("number", "valid"),
    [("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False)],
)
def test_elfproef(number, valid):
    assert elfproef(number) is valid


def test_iban_checksum():
    assert iban_is_valid("NL91ABNA0417164300")
    assert iban_is_valid("NL91 ABNA 0417 1643 00")
    assert not iban_is_valid("NL92ABNA0417164300")


def test_valid_bsn_is_masked_and_invalid_number_is_not():
    found = kinds_found("Mijn BSN is 123456782 en mijn dossiernummer is 123456789.")
    assert ("123456782", "bsn") in found
    assert not any("123456789" in text for text, _ in found)


def test_names_addresses_and_contact_details():
    text = (
        "Mevrouw Jansen woont op de Kerkstraat 12, 3512 AB Utrecht. Bel 06-12345678 of mail "
        "j.jansen@example.nl. Rekening NL91 ABNA 0417 1643 00."
    )
    found = kinds_found(text)
    assert ("Jansen", "naam") in found
    assert ("Kerkstraat 12", "adres") in found
    assert ("3512 AB", "postcode") in found
    assert ("06-12345678", "telefoon") in found
    assert ("j.jansen@example.nl", "email") in found
    assert ("NL91 ABNA 0417 1643 00", "iban") in found
    masked = apply(text, detect(text))
    assert masked.startswith("Mevrouw [naam] woont op de [adres], [postcode] Utrecht.")
    assert "Utrecht" in masked  # a town alone is not personal data


def test_only_birth_dates_are_masked():
    text = "Ik ben geboren op 3 maart 1956. Op 4 april 2024 had ik een gesprek."
    found = kinds_found(text)
    assert found == {("3 maart 1956", "geboortedatum")}


def test_international_phone_number():
    assert ("+31 6 12345678", "telefoon") in kinds_found("Bel mij op +31 6 12345678 graag.")


def test_text_without_personal_data_stays_the_same():
    text = "De consulent van het wijkteam belde pas na drie weken terug. Dat kostte € 1.250,00."
    assert apply(text, detect(text)) == text


def test_dotted_bsn_before_a_comma():
    assert ("2856.44.920", "bsn") in kinds_found("Cliënt, BSN 2856.44.920, woont bij een vriendin.")


def test_amount_is_not_a_bsn():
    assert kinds_found("Het ging om 123.456.782,00 euro aan zorgkosten.") == set()


def test_house_number_addition_belongs_to_the_address():
    found = kinds_found("Ze woont op de Rozengracht 15-II in Amsterdam.")
    assert ("Rozengracht 15-II", "adres") in found


def test_family_name_without_first_name():
    assert ("Hakimi", "naam") in kinds_found("Eerste kennismaking met gezin Hakimi vandaag.")


def test_rule_based_detection_alone_needs_no_name_lists():
    from samenspraak.privacy.detection import detect_patterns

    text = "Jan belt vanaf 06-12345678, BSN 123456782."
    found = {(text[s.start : s.end], s.kind) for s in detect_patterns(text)}
    assert found == {("06-12345678", "telefoon"), ("123456782", "bsn")}
