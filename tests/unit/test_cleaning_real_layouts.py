"""Layouts met on real pages of the Readability and newspaper4k test sets (tools/eval_real_pages.py),
rebuilt small: each test is one general cause of lost or extra article text."""

from __future__ import annotations

from streams.cleaning import clean_page
from tests.unit.test_cleaning_layouts import clean_html

_SENTENCE = (
    "The two lenders agreed on Monday to merge their card units, which together serve four million "
    "customers across the region, and the regulator must still approve the deal."
)


def _clean(body: str) -> str:
    return clean_html(body)["text"]


def test_link_inside_a_sentence_stays_whatever_its_class() -> None:
    note = "<a href='#' class='popup'>card units</a>"
    paragraphs = "".join(
        f"<p>Paragraph {i}: the lenders merge their {note} this year, they said.</p>" for i in range(4)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><div>{paragraphs}<p>{_SENTENCE}</p></div></body></html>")
    assert text.count("merge their card units this year") == 4


def test_link_standing_alone_with_a_boilerplate_class_still_goes() -> None:
    share = "<p><a href='#' class='share-button'>Share this story with your friends today</a></p>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div><p>{_SENTENCE}</p>{share}<p>{_SENTENCE} Twice.</p></div></body></html>"
    )
    assert "Share this story" not in text


def test_body_in_steps_of_their_own_wrappers_is_read_whole() -> None:
    steps = "".join(
        f"<section><div><h2>Step {i}</h2><p>Step {i} of the merger: {_SENTENCE}</p></div></section>" for i in range(4)
    )
    text = _clean(f"<html><body><h1>How lenders merge</h1><div id='steps'>{steps}</div></body></html>")
    assert all(f"Step {i} of the merger" in text for i in range(4))


def test_split_body_whose_first_container_carries_one_more_class_is_read_whole() -> None:
    lead = f"<div class='step'><div class='content lead'><p>{_SENTENCE} {_SENTENCE}</p></div></div>"
    steps = "".join(
        f"<div class='step'><div class='content'><h2>Step {i}</h2>"
        f"<p>Then step {i} follows, the lenders said.</p></div></div>"
        for i in range(3)
    )
    related = (
        "<div class='step'><ul><li><a href='/x'>Other story one</a></li><li><a href='/y'>Other two</a></li></ul></div>"
    )
    text = _clean(f"<html><body><h1>How lenders merge</h1><div>{lead}{related}{steps}</div></body></html>")
    assert all(f"Then step {i} follows, the lenders said." in text for i in range(3))
    assert "Other story" not in text


def test_page_of_several_full_articles_gives_the_one_its_title_names() -> None:
    def article(heading: str, sentence: str, n: int) -> str:
        paragraphs = "".join(f"<p>{sentence} Paragraph {i}.</p>" for i in range(n))
        return f"<article><header><h2>{heading}</h2></header><div class='body'>{paragraphs}</div></article>"

    other = article("Steelmaker buys a rival mill", "The steelmaker, based in Ohio, bought a mill, it said.", 9)
    titled = article("Lenders merge their card units", _SENTENCE, 4)
    page = f"<html><head><title>Lenders merge their card units</title></head><body>{other}{titled}</body></html>"
    text = _clean(page)
    assert text.count(_SENTENCE) == 4
    assert "steelmaker" not in text


def test_article_cut_into_sections_that_each_say_they_carry_ads_is_kept() -> None:
    sections = "".join(
        f"<section class='report__section report__section--ads'><h2>Part {i}</h2><p>Part {i}: {_SENTENCE}</p>"
        "<div class='ad'>Buy the new phone now for only 99 euros</div></section>"
        for i in range(4)
    )
    page = (
        f"<html><body><main><article><h1>Lenders merge their card units</h1>{sections}</article></main></body></html>"
    )
    text = _clean(page)
    assert all(f"Part {i}: {_SENTENCE}" in text for i in range(4))
    assert "Buy the new phone" not in text


def test_date_lines_with_clock_words_updates_and_abbreviations_are_no_text() -> None:
    lines = [
        "posted on April 21, 2015, at 11:29 a.m.",
        "30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
        "Updated 10:20 AM EST, Fri November 28, 2014",
    ]
    body = "".join(f"<p>{line}</p>" for line in lines)
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div>{body}<p>{_SENTENCE}</p><p>{_SENTENCE} Yes.</p></div></body></html>"
    )
    assert not any(line in text for line in lines)


def test_sentence_with_a_date_and_an_abbreviation_stays() -> None:
    sentence = "The deal closed on March 4, 2024 in the U.S."
    text = _clean(f"<html><body><h1>Lenders merge</h1><div><p>{sentence}</p><p>{_SENTENCE}</p></div></body></html>")
    assert sentence in text


def test_caption_closed_by_a_credit_after_its_sentence_goes() -> None:
    caption = "The assembly line of the plant in Toulouse. Photo DDO, X. de Fenoyl"
    body = f"<p>{_SENTENCE}</p><div class='bild'><div class='bu'>{caption}</div></div><p>{_SENTENCE} Again.</p>"
    text = _clean(f"<html><body><h1>Lenders merge</h1><div>{body}</div></body></html>")
    assert caption not in text and "Again." in text


def test_sentence_that_starts_with_a_credit_word_stays() -> None:
    line = "It was hard. Picture this scenario, he said"
    text = _clean(f"<html><body><h1>Lenders merge</h1><div><p>{_SENTENCE}</p><p>{line}</p></div></body></html>")
    assert line in text


def test_caption_repeating_the_picture_description_of_a_text_export_is_no_lead() -> None:
    caption = "Jane Doe, chief executive, at the plant in Ohio"
    picture = f"![{caption}](https://img.example/a.jpg)"
    body = f"# Lenders merge their card units\n\n{picture}\n{caption}\n\n{_SENTENCE}\n\n{_SENTENCE} Yes.\n"
    page = {"url": "https://news.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/plain"}
    text = clean_page({**page, "body": body})["text"]
    assert caption not in text and _SENTENCE in text


def test_menu_item_named_like_a_section_label_does_not_hide_the_headline() -> None:
    menu = "* Home\n* Energy\n* Markets\n* Latest\n"
    body = f"{menu}\n# Lenders merge their card units\n\n{_SENTENCE}\n\n{_SENTENCE} Yes.\n\n{_SENTENCE} No.\n"
    page = {"url": "https://news.example/a", "fetched_at": "2024-01-01T00:00:00Z", "content_type": "text/plain"}
    assert clean_page({**page, "body": body})["text"].startswith("Lenders merge their card units\n")


def test_subheading_written_as_a_link_stays_before_prose() -> None:
    sections = "".join(
        f"<h2 id='s{i}'><a href='#s{i}'>Why part {i} of the deal matters</a></h2>"
        f"<p>Part {i}: {_SENTENCE} {_SENTENCE}</p>"
        for i in range(3)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><article>{sections}</article></body></html>")
    assert all(f"Why part {i} of the deal matters" in text for i in range(3))


def test_linked_heading_of_a_teaser_line_goes() -> None:
    teaser = "<h3><a href='/other'>Another bank buys a broker</a></h3><p>The broker had three owners, it said.</p>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p>"
        f"{teaser}<p>{_SENTENCE} Thrice.</p></article></body></html>"
    )
    assert "Another bank buys a broker" not in text


def test_subheading_whose_anchor_id_carries_a_cue_word_stays() -> None:
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>"
        f"<h3 class='subheading' id='nav_only_the_brand_stays_1'>Only the brand stays</h3>"
        f"<p>{_SENTENCE} Twice.</p></article></body></html>"
    )
    assert "Only the brand stays" in text


def test_headings_beside_the_containers_of_a_split_body_stay() -> None:
    long_text = "".join(f"<p>Point {k}: {_SENTENCE}</p>" for k in range(5))
    sections = "".join(
        f"<section class='report-section'><h2>Finding {i} of the review</h2>"
        f"<div class='report-text'><p>Finding {i}: {_SENTENCE}</p>{long_text if i == 0 else ''}</div>"
        "<div class='ad-slot'>Advertisement</div></section>"
        for i in range(3)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><main><div>{sections}</div></main></body></html>")
    assert all(f"Finding {i} of the review" in text for i in range(3))


def test_headings_whose_text_has_a_wrapper_of_its_own_stay_beside_a_split_body() -> None:
    long_text = "".join(f"<p>Point {k}: {_SENTENCE}</p>" for k in range(5))
    sections = "".join(
        f"<div class='report-section'><h2 class='subline'><div>Finding {i} of the review</div></h2>"
        f"<div class='report-text'><div><p>Finding {i}: {_SENTENCE}</p>{long_text if i == 0 else ''}</div></div></div>"
        for i in range(3)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><article><div>{sections}</div></article></body></html>")
    assert all(f"Finding {i} of the review\nFinding {i}: " in text for i in range(3))


def test_caption_in_a_box_of_divs_beside_its_picture_goes() -> None:
    picture = "<div class='picBox'><a href='#'><img src='/ceo.jpg'></a><p>The chief executive signed the deal</p></div>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>{picture}"
        f"<p>{_SENTENCE} Twice.</p><div><img src='/x.jpg'><p>The lenders said so.</p></div></article></body></html>"
    )
    assert "The chief executive signed the deal" not in text
    assert "The lenders said so." in text


def test_section_opened_by_an_end_label_below_the_body_goes() -> None:
    teasers = "".join(
        f"<div><h3><a href='/t{i}'>Teaser {i}</a></h3><p>Teaser {i}: a bank opens a branch in the city centre, "
        "its staff moves in and the customers come, the manager said on Friday.</p></div>"
        for i in range(3)
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div><article><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p>"
        f"<h3>Related</h3><p>{_SENTENCE} Inline box.</p><p>{_SENTENCE} Thrice.</p></article>"
        f"<div class='box'><h4>Related posts</h4>{teasers}</div></div></body></html>"
    )
    assert "Teaser" not in text
    assert "Thrice." in text


def test_pitch_beside_an_email_form_goes_with_its_box() -> None:
    box = (
        "<div class='briefing-box'><div><h2>Morning Briefing</h2><p class='standfirst'>The news of the markets, "
        "with analysis and opinion, delivered every weekday.</p></div>"
        "<form><input type='email' name='e'><button>Sign up</button></form></div>"
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>{box}<p>{_SENTENCE} Twice.</p>"
        f"<p>{_SENTENCE} Thrice.</p></article></body></html>"
    )
    assert "delivered every weekday" not in text
    assert "Twice." in text and "Thrice." in text


def test_element_whose_class_says_it_lacks_a_thing_is_not_that_thing() -> None:
    items = "".join(
        f"<div class='list-item {'no_caption' if i == 0 else 'captioned'}'><p>Point {i}: {_SENTENCE}</p></div>"
        for i in range(5)
    )
    text = _clean(f"<html><body><h1>Lenders merge</h1><div class='story'>{items}</div></body></html>")
    assert all(f"Point {i}: " in text for i in range(5))


def test_table_of_short_cells_is_read_row_by_row() -> None:
    rows = "".join(f"<tr><td>Lender {i}</td><td>{40 + i}</td><td>{i}.5%</td></tr>" for i in range(4))
    table = f"<table><tr><th>Lender</th><th>Branches</th><th>Share</th></tr>{rows}</table>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>{table}<p>{_SENTENCE} Twice.</p>"
        "</article></body></html>"
    )
    assert all(f"Lender {i} {40 + i} {i}.5%" in text for i in range(4))


def test_logo_h1_without_a_word_of_the_title_is_no_headline() -> None:
    page = (
        "<html><head><title>Lenders merge their card units | Daily Ledger</title></head><body>"
        "<h1><a href='/'>Daily Ledger</a></h1><div class='headline'>Lenders merge their card units</div>"
        f"<div class='story'><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p></div></body></html>"
    )
    record = clean_html(page)
    assert record["text"].startswith("Lenders merge their card units\n")
    assert "Daily Ledger" not in record["text"]


def test_list_of_story_highlights_above_the_body_goes() -> None:
    highlights = (
        "<div class='box'><div><strong>STORY HIGHLIGHTS</strong></div><ul><li>NEW: Lenders merge card units</li>"
        "<li>Regulator must still approve the deal</li></ul></div>"
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div class='story'>{highlights}<p>{_SENTENCE}</p>"
        f"<p>{_SENTENCE} Twice.</p><ul><li>Card units serve four million customers.</li></ul></div></body></html>"
    )
    assert "HIGHLIGHTS" not in text and "Lenders merge card units" not in text
    assert "Twice." in text and "Card units serve four million customers." in text


def test_paragraph_wrapped_in_a_span_with_a_cue_word_in_its_class_stays() -> None:
    pasted = f"<p><span class='_4n-j eventDetailsContentTags'>{_SENTENCE} {_SENTENCE}</span></p>"
    tag = "<p>Filed under <span class='tags'>banking, cards</span></p>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article>{pasted}{f'<p>{_SENTENCE} Again.</p>' * 8}{tag}"
        "</article></body></html>"
    )
    assert f"{_SENTENCE} {_SENTENCE}" in text
    assert "banking, cards" not in text


def test_lead_between_the_headline_and_a_deeply_wrapped_body_stays() -> None:
    lead = "<p>The lenders will merge their card units, which serve four million customers, this year.</p>"
    body = "".join(f"<p>{_SENTENCE} Part {i}.</p>" for i in range(3))
    wrapped = f"<div><div><div><div class='text'>{body}</div></div></div></div>"
    text = _clean(f"<html><body><article><h1>Lenders merge</h1>{lead}{wrapped}</article></body></html>")
    assert "this year." in text and "Part 2." in text


def test_headline_above_the_body_wins_over_a_box_below_named_like_the_page() -> None:
    page = (
        "<html><head><title>Lenders merge their card units</title></head><body>"
        f"<h1>Two lenders merge card units</h1><div class='story'><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p></div>"
        "<div class='box'><h4>Lenders merge their card units</h4><ul><li><a href='/a'>Vienna</a></li></ul></div>"
        "</body></html>"
    )
    assert clean_html(page)["text"].startswith("Two lenders merge card units\n")


def test_page_wrapped_in_one_form_with_text_between_line_breaks_is_read() -> None:
    lines = "<br><br>".join(f"{_SENTENCE} Line {i}." for i in range(4))
    page = (
        "<html><body><form id='aspnetForm'><ul><li><a href='/'>Home</a></li></ul><h1>Lenders merge</h1>"
        f"<div class='entry-content'><span class='articleText'>{lines}</span></div></form></body></html>"
    )
    assert "Line 3." in _clean(page)


def test_headline_matches_a_title_without_spaces_between_its_words() -> None:
    page = (
        "<html><head><title>米朝首脳直通電話　習氏に挑む戦術の成否（写真＝ロイター）</title></head><body>"
        "<h1>米朝首脳直通電話 習氏に挑む戦術の成否</h1><h1>編集委員 中沢克二</h1>"
        f"<div class='story'><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p></div></body></html>"
    )
    assert clean_html(page)["text"].startswith("米朝首脳直通電話 習氏に挑む戦術の成否\n")


def test_of_headings_as_close_to_the_title_the_one_nearest_the_body_is_the_headline() -> None:
    page = (
        "<html><head><meta property='og:title' content='Card units merge - card-news.example'></head><body>"
        "<h1><a href='/'>card-news.example</a></h1><div><h1>Card units merge</h1>"
        f"<div class='story'><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p></div></div></body></html>"
    )
    assert clean_html(page)["text"].startswith("Card units merge\n")


def test_definition_list_of_short_terms_is_read_term_by_term() -> None:
    facts = "<dl><dt>Card holders</dt><dd>4.2 million</dd><dt>Branch count</dt><dd>1,200 sites</dd></dl>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>{facts}<p>{_SENTENCE} Twice.</p>"
        "</article></body></html>"
    )
    assert "Card holders 4.2 million" in text and "Branch count 1,200 sites" in text


def test_section_opened_by_an_end_label_with_its_translation_after_a_dash_goes() -> None:
    teasers = "".join(
        f"<div><h3><a href='/t{i}'>Teaser {i}</a></h3><div><p>Teaser {i}: {_SENTENCE}</p></div></div>" for i in range(3)
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><div><article>{f'<p>{_SENTENCE} Body.</p>' * 6}</article>"
        f"<section><h3>Related — 有關</h3><h2>Read further</h2>{teasers}</section></div></body></html>"
    )
    assert "Body." in text and "Teaser" not in text


def test_table_between_headline_and_body_whose_rows_link_their_items_stays() -> None:
    rows = "".join(
        f"<tr><td><a href='/bank{i}'>Lender {i} plc</a></td><td>{40 + i} €</td><td>ja</td><td>1,{i}</td></tr>"
        for i in range(3)
    )
    body = "".join(f"<p>{_SENTENCE} Part {i}.</p>" for i in range(3))
    text = _clean(
        f"<html><body><article><h1>Lenders merge</h1><table>{rows}</table><div class='story'>{body}</div>"
        "</article></body></html>"
    )
    assert all(f"Lender {i} plc {40 + i} € ja 1,{i}" in text for i in range(3))


def test_short_items_of_an_unlinked_list_in_the_body_stay() -> None:
    needs = "<ul><li>Cloche</li><li>Floral foam</li><li>Moss</li></ul>"
    tags = "<ul><li><a href='/t/a'>Banks</a></li><li><a href='/t/b'>Cards</a></li></ul>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p><p>What you will need:</p>{needs}"
        f"<p>{_SENTENCE} Twice.</p>{tags}<p>{_SENTENCE} Thrice.</p></article></body></html>"
    )
    assert "\nCloche\nFloral foam\nMoss\n" in text
    assert "Banks" not in text


def test_short_unlinked_paragraphs_of_the_body_stay_but_a_signature_in_brackets_goes() -> None:
    address = "<p>Lakeside Hall 257</p><p>41542 Dormagen</p>"
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p><p>The signing takes place at:</p>"
        f"{address}<p>{_SENTENCE} Twice.</p><p>(tre)</p></article></body></html>"
    )
    assert "\nLakeside Hall 257\n41542 Dormagen\n" in text
    assert "(tre)" not in text


# Layouts met on trafilatura's evaluation pages (tools/eval_real_pages.py --snippets).


def test_column_that_says_it_comes_with_a_sidebar_is_no_sidebar() -> None:
    body = "<br>".join(f"Part {i}: {_SENTENCE}" for i in range(3))
    side = "".join(f"<div>Category {i}: baits, rods and reels for every angler</div>" for i in range(4))
    rules = "".join(f"<div>Rule {i}: be kind</div>" for i in range(40))
    text = _clean(
        "<html><body><h1>Lenders merge</h1><div class='p-body-main p-body-main--withSidebar'>"
        f"<div class='bbWrapper'>{body}</div><div class='p-body-sidebar'>{side}</div></div>{rules}</body></html>"
    )
    assert all(f"Part {i}: The two lenders" in text for i in range(3))
    assert "Category" not in text


def test_article_whose_class_names_its_teaser_display_mode_stays() -> None:
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(4))
    letters = "".join(f"<div class='letter'><p>Reader {i} wrote: {_SENTENCE} {_SENTENCE}</p></div>" for i in range(3))
    text = _clean(
        "<html><body><h1>Lenders merge</h1><article class='node--view-mode-full teaser--only-body'>"
        f"<a href='/'>Home</a>{story}</article><section class='letters'>{letters}</section></body></html>"
    )
    assert all(f"Part {i}: The two lenders" in text for i in range(4))


def test_list_of_teasers_that_holds_most_of_the_prose_still_goes() -> None:
    teasers = "".join(
        f"<div><h3><a href='/s{i}'>Other story {i}</a></h3><p>Teaser {i}: {_SENTENCE}</p></div>" for i in range(4)
    )
    text = _clean(
        "<html><body><div class='page'><h1>Lenders merge</h1><div class='story'>"
        f"<p>{_SENTENCE} Body.</p><p>{_SENTENCE} More.</p><p>{_SENTENCE} Most.</p></div></div>"
        f"<div class='teasers'>{teasers}</div></body></html>"
    )
    assert "Body." in text and "Most." in text and "Teaser" not in text


def test_german_end_labels_close_the_article_and_figure_lines_go() -> None:
    satz = (
        "Die beiden Banken haben sich am Montag auf die Fusion ihrer Kartensparten geeinigt, die zusammen vier "
        "Millionen Kunden in der Region betreuen, und die Aufsicht muss noch zustimmen."
    )
    teasers = "".join(f"<li><a href='/a{i}'>Anderer Artikel {i} über Banken und Karten</a></li>" for i in range(3))
    text = _clean(
        f"<html><body><h1>Banken fusionieren</h1><article><p>{satz}</p>"
        "<div><img src='a.jpg'><p>Abbildung: Die Zentrale der Bank in Frankfurt am Main</p></div>"
        f"<p>{satz} Zweitens.</p><p>{satz} Drittens.</p><p>Weitere Informationen:</p><p>Das Thema könnte dich "
        f"auch interessieren:</p><ul>{teasers}</ul><p>War der Artikel nützlich?</p></article></body></html>"
    )
    assert "Drittens." in text
    assert all(s not in text for s in ("Abbildung", "Weitere Informationen", "Das Thema", "nützlich"))


def test_page_wrapped_in_one_form_with_a_newsletter_field_keeps_its_article() -> None:
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(3))
    signup = "<div><p>Get our newsletter</p><input type='email' name='mail'><input type='submit'></div>"
    page = f"<form id='aspnetForm'><h1>Lenders merge</h1><article>{story}</article>{signup}</form>"
    text = _clean(f"<html><body>{page}</body></html>")
    assert all(f"Part {i}: The two lenders" in text for i in range(3))
    assert "newsletter" not in text


def test_header_that_holds_paragraphs_of_prose_is_read() -> None:
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(3))
    others = "".join(f"<article><p>Other {i}: {_SENTENCE}</p><p>{_SENTENCE}</p></article>" for i in range(3))
    text = _clean(
        "<html><body><header><a href='/'>Games 2022</a><ul><li><a href='/a'>Tickets</a></li></ul></header>"
        f"<h1>Lenders merge</h1><article><header><h3>Lenders merge</h3>{story}</header></article>{others}</body></html>"
    )
    assert all(f"Part {i}: The two lenders" in text for i in range(3))


def test_dek_above_a_body_seven_wrappers_deep_is_its_lead() -> None:
    dek = "<h2>The card units of the two lenders serve four million customers, and the regulator must approve</h2>"
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(3))
    wrapped = story
    for cls in ("ugc", "body", "content", "column", "grid", "main"):
        wrapped = f"<div class='{cls}'>{wrapped}</div>"
    text = _clean(f"<html><body><article><h1>Lenders merge</h1>{dek}{wrapped}</article></body></html>")
    assert text.startswith("Lenders merge\nThe card units of the two lenders serve four million customers")


def test_sentence_of_the_body_written_mostly_as_links_stays_but_linked_titles_go() -> None:
    career = (
        "<p>Before that he spoke for <a href='/a'>Link4 Insurance Group of Warsaw</a> and for "
        "<a href='/b'>the Polish Financial Supervision Authority</a>.</p>"
    )
    teaser = "<p><a href='/c'>Lenders of the region report higher profits for the third year in a row</a></p>"
    more = (
        "<p>Mehr: <a href='/d'>Deutsche Banken haben den Niedrigzinsen getrotzt, doch das könnte sich rächen.</a></p>"
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p>{career}{teaser}{more}"
        f"<p>{_SENTENCE} Twice.</p></article></body></html>"
    )
    assert "Before that he spoke for Link4 Insurance Group of Warsaw and for the Polish" in text
    assert "third year" not in text and "Mehr:" not in text


def test_legend_of_a_picture_goes_even_when_it_is_a_sentence() -> None:
    legend = (
        "<div class='rightImage'><img src='a.jpg'><div class='legend'><div class='content'>The card units of the "
        "two lenders serve four million customers in the region, the banks say.</div></div></div>"
    )
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(3))
    text = _clean(f"<html><body><h1>Lenders merge</h1><div id='content'>{legend}{story}</div></body></html>")
    assert "Part 2: The two lenders" in text and "the banks say" not in text


def test_permalinks_follow_us_lines_and_disclaimers_go() -> None:
    lines = (
        "<p>Permalien https://p.example/p/RPYx</p><p>Síguenos en Telegram, Instagram, Facebook y Twitter para "
        "recibir en directo todas nuestras actualizaciones</p><p>(Alle Angaben ohne Gewähr)</p>"
    )
    text = _clean(
        f"<html><body><h1>Lenders merge</h1><article><p>{_SENTENCE}</p><p>{_SENTENCE} Twice.</p>{lines}</article>"
        "</body></html>"
    )
    assert "Twice." in text and all(s not in text for s in ("Permalien", "Síguenos", "Gewähr"))


def test_header_of_an_article_keeps_its_dek_but_the_site_header_goes() -> None:
    story = "".join(f"<p>Part {i}: {_SENTENCE}</p>" for i in range(3))
    text = _clean(
        "<html><head><title>Lenders merge</title></head><body><header><p>The daily paper of the region, since 1867.</p>"
        "</header>"
        "<article><header><h2 class='entry__title'>Lenders merge</h2><p class='entry__subtitle'>The card units of "
        f"the two lenders serve four million customers.</p></header><div class='entry__content'>{story}</div>"
        "</article></body></html>"
    )
    assert "The card units of the two lenders serve four million customers." in text
    assert "daily paper" not in text
