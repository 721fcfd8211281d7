import pytest

from rightsgraph.builders.article import ArticleError, article_from_path, article_from_text, masked_text


def test_title_source_line_link_labels_and_credits():
    text = (
        "Panel says abuses continue\nBased on: https://example.org/story\n\n"
        "The UN Human Rights Council [official website] met. Amnesty International [press release] spoke.\n"
        "Cover image by someone on Flickr (CC BY 2.0)\n"
    )
    article = article_from_text(text)
    assert article.title == "Panel says abuses continue"
    assert article.url == "https://example.org/story"
    masked = masked_text(article)
    assert len(masked) == len(text)
    assert "[official website]" not in masked and "Flickr" not in masked
    assert "attack[s]" in masked_text(article_from_text("T\n\nA systematic attack[s] on people."))


def test_two_link_labels_in_one_bracket_are_masked_and_name_no_one(build):
    text = "King\n\nKing Harald Vell [BBC profile; Courier news archive] announced his support in July."
    assert "BBC" not in masked_text(article_from_text(text))
    assert not [e for e in build(text).entities if e.kind == "organization"]


def test_empty_and_binary_files_are_refused_with_the_file_name(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    with pytest.raises(ArticleError, match="empty.txt: empty article"):
        article_from_path(empty)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    with pytest.raises(ArticleError, match="photo.txt: looks like a binary file"):
        article_from_path(binary)
    with pytest.raises(ArticleError, match="missing.txt: cannot read"):
        article_from_path(tmp_path / "missing.txt")


def test_byte_order_mark_is_not_part_of_the_title(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle here\n\nBody.".encode("utf-8"))
    assert article_from_path(path).title == "Title here"


def test_bad_date_option_is_refused():
    with pytest.raises(ArticleError, match="is not a date"):
        article_from_text("T\n\nBody.", date="soon")


def test_a_footnote_mark_on_a_word_is_masked_and_a_star_elsewhere_is_not():
    from rightsgraph.builders import article_from_text
    from rightsgraph.builders.article import masked_text

    article = article_from_text("Release\n\nUN experts* today called for calm. The rating was 5 * 3.")
    assert "experts today" in masked_text(article).replace("  ", " ") and "5 * 3" in masked_text(article)
