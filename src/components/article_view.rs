//! The article: header, paragraphs with their calculators, closing line. Rendered once.

use crate::components::article_header::ArticleHeader;
use crate::components::c1_calculator::C1Calculator;
use crate::components::c2_calculator::C2Calculator;
use crate::components::c3_calculator::C3Calculator;
use crate::components::c4_calculator::C4Calculator;
use crate::components::c5_calculator::C5Calculator;
use crate::components::c6_bitcoin::C6Bitcoin;
use crate::components::c6_mit::C6Mit;
use crate::components::c6_models::C6Models;
use crate::components::claim_list::ClaimList;
use crate::components::later::Later;
use crate::components::legend::Legend;
use crate::components::paragraph::Paragraph;
use crate::hooks::use_margin_layout;
use content::Article;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: &'static Article,
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let article = props.article;
    let body = use_node_ref();
    use_margin_layout(body.clone());
    html! {
        <article class="article" lang={if std::ptr::eq(article, &content::ARTICLE_EN) { "en" } else { "de" }}>
            <ArticleHeader {article} />
            <Legend />
            <div ref={body} class="article-body">
                { for article.paragraphs.iter().map(|p| match p.calculator.map(widget) {
                    Some(calc) => html! {
                        <div class="with-calc">
                            <Later><Paragraph paragraph={p} /></Later>
                            { calc }
                        </div>
                    },
                    None => html! { <Later><Paragraph paragraph={p} /></Later> },
                }) }
                <p class="closing">{ article.closing }</p>
            </div>
            <ClaimList />
        </article>
    }
}

/// The calculator or chart with the given id (`content/article.toml`).
pub fn widget(id: &str) -> Html {
    match id {
        "c1" => html! { <C1Calculator /> },
        "c2" => html! { <C2Calculator /> },
        "c3" => html! { <C3Calculator /> },
        "c4" => html! { <C4Calculator /> },
        "c5" => html! { <C5Calculator /> },
        "c6-bitcoin" => html! { <C6Bitcoin /> },
        "c6-mit" => html! { <C6Mit /> },
        "c6-models" => html! { <C6Models /> },
        _ => html! {},
    }
}
