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
        </header>
    }
}
