//! The article: header, paragraphs with their calculators, closing line. Rendered once.

use crate::components::article_header::ArticleHeader;
use crate::components::c1_calculator::C1Calculator;
use crate::components::legend::Legend;
use crate::components::paragraph::Paragraph;
use content::Article;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: &'static Article,
}

#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let article = props.article;
    html! {
        <article class="article" lang="de">
            <ArticleHeader {article} />
            <Legend />
            <div class="article-body">
                { for article.paragraphs.iter().map(|p| match p.calculator {
                    Some("c1") => html! {
                        <div class="with-calc">
                            <Paragraph paragraph={p} />
                            <C1Calculator />
                        </div>
                    },
                    _ => html! { <Paragraph paragraph={p} /> },
                }) }
                <p class="closing">{ article.closing }</p>
            </div>
        </article>
    }
}
