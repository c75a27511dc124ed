use checklist_core::lang::Lang;
use checklist_core::ui_text::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub answered: usize,
    pub total: usize,
    pub lang: Lang,
}

/// "12 van 20 beantwoord", a bar and what is left; stays in view while scrolling. The bar is a
/// scaled element, not a `<progress>`: a transform is drawn by the compositor, without layout
/// or repainting the bar. It is set through the CSSOM, which a strict CSP allows (a `style`
/// attribute it would block).
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let text = ui(props.lang);
    let (answered, total) = (props.answered, props.total);
    let permille = (answered * 1000).checked_div(total).unwrap_or(0);
    let fill = use_node_ref();
    {
        let fill = fill.clone();
        use_effect_with(permille, move |permille| {
            if let Some(fill) = fill.cast::<web_sys::HtmlElement>() {
                let scale = format!("scaleX({}.{:03})", permille / 1000, permille % 1000);
                let _ = fill.style().set_property("transform", &scale);
            }
        });
    }
    html! {
        <div class="ckl-progress">
            <p class="ckl-progress-text" aria-live="polite">
                <span class="ckl-progress-count">{text.progress(answered, total)}</span>
                <span class="ckl-progress-left">{text.questions_left(total - answered)}</span>
            </p>
            <div class="ckl-progress-bar" aria-hidden="true">
                <div class="ckl-progress-fill" ref={fill}></div>
            </div>
        </div>
    }
}
