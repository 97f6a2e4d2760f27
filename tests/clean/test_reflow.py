from newsloom.clean.reflow import drop_repeats, normalise_text, paragraphs_from_lines


def test_hard_wrapped_lines_are_joined_and_sentence_ends_kept():
    text = ("The minister warned that his country would strike\n"
            "if its territory was used to launch attacks.\n"
            "Stressed relationships\n"
            "Relations between the two capitals are tense,\n"
            "following the statements.\n")
    assert paragraphs_from_lines(text) == [
        "The minister warned that his country would strike if its territory was used to launch attacks.",
        "Stressed relationships",
        "Relations between the two capitals are tense, following the statements.",
    ]


def test_blank_lines_and_one_paragraph_per_line_are_both_paragraph_breaks():
    text = "First paragraph ends here.\n\nSecond paragraph.\nThird paragraph on its own line."
    assert paragraphs_from_lines(text) == ["First paragraph ends here.", "Second paragraph.",
                                           "Third paragraph on its own line."]


def test_menu_items_are_not_joined_even_when_lower_case():
    assert paragraphs_from_lines("iPad Air\niPad mini 5\nmacOS Catalina") == ["iPad Air", "iPad mini 5", "macOS Catalina"]


def test_closing_quote_after_a_word_does_not_end_the_paragraph():
    text = "He said his country would strike \u201cdeep inside the neighbour\u201d\nif attacks continued from there."
    assert len(paragraphs_from_lines(text)) == 1


def test_repeats_are_dropped_whatever_their_wrapping():
    paragraphs = paragraphs_from_lines(
        "In contrast, the group maintains that the\nattacks are an internal matter.\n\n"
        "Another paragraph in between.\n\n"
        "In contrast, the group maintains that the attacks\nare an internal matter.")
    kept, removed = drop_repeats(paragraphs)
    assert kept == ["In contrast, the group maintains that the attacks are an internal matter.",
                    "Another paragraph in between."]
    assert [r.reason for r in removed] == ["repeated paragraph"]


def test_short_repeated_labels_are_left_to_the_boilerplate_filter():
    kept, removed = drop_repeats(["Advertisement", "Body text here.", "Advertisement"])
    assert kept == ["Advertisement", "Body text here.", "Advertisement"] and not removed


def test_normalise_text_removes_invisible_characters_and_unifies_line_ends():
    assert normalise_text("a\u200bb\r\nc\u00a0d\t \r") == "ab\nc d\n"
