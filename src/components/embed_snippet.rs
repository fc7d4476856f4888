//! "Embed this": the snippet an affiliate pastes into their page. It makes the iframe with the
//! page's own origin as `host`, and accepts height messages only from this app's origin and
//! only from that iframe.
use crate::i18n::t;
use leptos::prelude::*;

/// The snippet for the widget of `slug`, served from `app_url` (origin + path, ending in `/`).
pub fn snippet(app_url: &str, slug: &str, title: &str) -> String {
    let id = format!("wikimeet-{slug}");
    let title = title.replace(['\'', '"', '<', '>', '\\'], " ");
    format!(
        r#"<div id="{id}"></div>
<script>(function () {{
  var app = '{app_url}', box = document.getElementById('{id}'), f = document.createElement('iframe');
  f.src = app + 'safe-space.html?event={slug}&view=embed&host=' + encodeURIComponent(location.origin);
  f.title = '{title}'; f.style.cssText = 'width:100%;border:0'; f.height = 220;
  box.appendChild(f);
  addEventListener('message', function (e) {{
    if (e.origin !== new URL(app).origin || e.source !== f.contentWindow) return;
    if (e.data && e.data.type === 'wikimeet:height') f.height = Math.min(2000, Math.max(80, e.data.height | 0));
  }});
}})();</script>"#
    )
}

#[component]
pub fn EmbedSnippet(slug: String, title: String) -> impl IntoView {
    // The app's folder address, as the wiki knows it for sign-in.
    let app_url = crate::oauth_flow::redirect_uri();
    let code = snippet(&app_url, &slug, &title);
    view! {
        <details class="embed-this">
            <summary>{t("embed-this")}</summary>
            <p class="hint">{t("embed-hint")}</p>
            <textarea class="embed-code" readonly rows="12" aria-label=t("embed-this")>{code}</textarea>
        </details>
        // The page's foot: where organisers make or change a meeting page.
        <p class="organiser-link"><a href=crate::model::route::ORGANISER_PAGE>{t("organiser-link")}</a></p>
    }
}
