//! A chart's data as a table in a disclosure: reachable by keyboard and read by screen readers.
//! A table wider than its card scrolls sideways in a region of its own, which the keyboard
//! reaches too (arrow keys scroll it).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The disclosure's label ("Daten als Tabelle").
    pub summary: AttrValue,
    pub headers: Vec<AttrValue>,
    /// Cells by row; the first cell of a row is its header.
    pub rows: Vec<Vec<AttrValue>>,
    /// Which columns hold numbers (right-aligned).
    #[prop_or_default]
    pub numeric: Vec<usize>,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let class = |i: usize| props.numeric.contains(&i).then_some("num");
    html! {
        <details class="chart-data">
            <summary>{ props.summary.clone() }</summary>
            <div class="table-scroll" role="group" tabindex="0" aria-label={props.summary.clone()}>
            <table>
                <thead><tr>
                    { for props.headers.iter().enumerate().map(|(i, h)| html! { <th scope="col" class={class(i)}>{ h.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { for props.rows.iter().map(|row| html! {
                        <tr>
                            { for row.iter().enumerate().map(|(i, c)| if i == 0 {
                                html! { <th scope="row">{ c.clone() }</th> }
                            } else {
                                html! { <td class={class(i)}>{ c.clone() }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </details>
    }
}
