"""The editor's report of an article: the flaws found in its source text, by kind."""

from __future__ import annotations

from typing import Any

from .labels import finding_kind_label, labels
from .model import Story
from .render import RenderContext, article_pages, render_template, report_path


def render_report(story: Story, context: RenderContext) -> str:
    """The report page (``articles/<slug>/report.md``), findings grouped by kind, each
    numbered ``#f1``… (the editor's flags on the article link there) and linking to its
    paragraph. Excerpts are quoted verbatim from the source, in its own script."""
    article = story.article
    where = article_pages(article)
    path = report_path(article.slug)
    label = labels(context.edition.script)
    groups: dict[str, list[dict[str, Any]]] = {}
    for number, finding in enumerate(story.findings, start=1):
        page = where.paragraphs.get(finding.paragraph or "")
        groups.setdefault(finding.kind, []).append(
            {
                "number": number,
                "finding": finding,
                "href": context.link(page, path, anchor=finding.paragraph or "") if page else None,
            }
        )
    return render_template(
        "report.md.j2",
        label=label,
        article=article,
        overview_href=context.link(where.overview, path),
        groups=[{"kind": kind, "name": finding_kind_label(kind, context.edition.script), "items": items} for kind, items in groups.items()],
        total=len(story.findings),
    )
