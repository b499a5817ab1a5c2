//! Headline, standfirst and byline.

use content::Article;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleHeaderProps {
    pub article: &'static Article,
}

#[function_component(ArticleHeader)]
pub fn article_header(props: &ArticleHeaderProps) -> Html {
    let a = props.article;
    html! {
        <header class="article-header">
            <h1>{ a.title }</h1>
            <p class="standfirst">{ a.standfirst }{ " " }<span class="byline">{ a.byline }</span></p>
            if std::ptr::eq(a, &content::ARTICLE_EN) {
                <p class="translation-note">{ content::UI_EN.translation_note }</p>
            }
        </header>
    }
}
