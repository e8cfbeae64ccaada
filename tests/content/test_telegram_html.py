"""The Telegram HTML subset: what Telegram refuses, what it shows wrongly, how long a text is."""
from __future__ import annotations

import pytest

from bot.content.problems import ERROR, WARNING
from bot.content.telegram_html import check_html, mask_markup, visible_length, visible_text


@pytest.mark.parametrize("text", [
    "<b>bold</b> <strong>bold</strong> <i>i</i> <em>e</em> <u>u</u> <ins>u</ins>",
    "<s>s</s> <strike>s</strike> <del>d</del> <tg-spoiler>secret</tg-spoiler>",
    '<span class="tg-spoiler">secret</span> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    '<a href="https://www.iom.int">OIM</a> <a href=\'https://x.org\'>x</a>',
    '<code>/salir</code> <pre>texto</pre> <pre><code class="language-python">x = 1</code></pre>',
    "<blockquote>cita</blockquote> <blockquote expandable>larga</blockquote>",
    "<b>negrita <i>y cursiva</i></b>",
    "&lt;b&gt; &amp; &quot; &#128512; &#x1F600; 3 > 2",
    "<B>mayúsculas</B>",
    "sin etiquetas\ncon varias líneas",
])
def test_accepted_html_has_no_issues(text):
    assert check_html(text) == []


@pytest.mark.parametrize("text, code, offset", [
    ("hola<br>adiós", "html_line_break", 4),
    ("<p>hola</p>", "html_line_break", 0),
    ("<font>hola</font>", "html_unknown_tag", 0),
    ("<b>hola", "html_unclosed", 0),
    ("hola</b>", "html_stray_close", 4),
    ("<b><i>hola</b></i>", "html_misnested", 10),
    ("si tienes < 5 minutos", "html_bare_lt", 10),
    ("te quiero <3", "html_bare_lt", 10),
    ("<b hola", "html_tag_not_ended", 0),
    ('<span class="rojo">x</span>', "html_span_class", 0),
    ("<span>x</span>", "html_span_class", 0),
    ("<tg-emoji>👍</tg-emoji>", "html_emoji_id", 0),
    ("<code><b>x</b></code>", "html_inside_code", 6),
    ("<pre><i>x</i></pre>", "html_inside_code", 5),
])
def test_refused_html_is_an_error(text, code, offset):
    issues = check_html(text)
    assert [(issue.code, issue.offset, issue.severity) for issue in issues] == [(code, offset, ERROR)]


@pytest.mark.parametrize("text, code", [
    ("Salud & bienestar", "html_bare_amp"),
    ("uno&nbsp;dos", "html_bare_amp"),
    ("&amp sin punto y coma", "html_bare_amp"),
    ('<a href="https://x.org" target="_blank">x</a>', "html_ignored_attribute"),
    ("<a>sin dirección</a>", "html_link_without_href"),
])
def test_html_telegram_shows_wrongly_is_a_warning(text, code):
    assert [(issue.code, issue.severity) for issue in check_html(text)] == [(code, WARNING)]


def test_crossed_tags_are_reported_once():
    issues = check_html("<b><u>respira</b></u>")
    assert [(issue.code, dict(issue.params)) for issue in issues] == [
        ("html_misnested", {"tag": "</b>", "expected": "</u>", "opened": "<u>"})]


def test_issue_quotes_the_words_around_the_character():
    [issue] = check_html("1. Algo\n2. Si tienes < 5 minutos, llama ya")
    assert issue.params == {"near": "Si tienes < 5 minutos,"}


def test_visible_length_counts_text_after_parsing_like_telegram():
    assert visible_text("<b>A &amp; B</b> &lt;3 &#x1F600;") == "A & B <3 😀"
    assert visible_length("<b>A &amp; B</b>") == 5
    assert visible_length("🆘") == 2  # Telegram counts UTF-16 units
    assert visible_length("  <i>hola</i>\n") == 4


def test_mask_markup_keeps_positions_and_lines():
    text = '<a href="tel:5555363922">llama</a>\n<b>911</b> &amp;'
    masked = mask_markup(text)
    assert len(masked) == len(text) and masked.count("\n") == 1
    assert "5555363922" not in masked and masked.index("911") == text.index("911")
