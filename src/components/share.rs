use checklist_core::share;
use checklist_core::state::Session;
use checklist_core::ui_text::ui;
use yew::prelude::*;

use crate::browser::{copy_text, page_address};

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub session: Session,
    pub instance: String,
}

/// The answers as a link (in the fragment, never sent to a server), to copy and send.
#[component]
pub fn ShareLink(props: &ShareProps) -> Html {
    let text = ui(props.session.lang);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref(); // issue 11: copy from the field, select it when copying fails
    let link = format!("{}#{}", page_address(), share::encode(props.session.instrument, &props.session.answers));
    let onclick = {
        let (copied, field) = (copied.clone(), field.clone());
        Callback::from(move |_| {
            let (copied, Some(field)) = (copied.clone(), field.cast::<web_sys::HtmlInputElement>()) else { return };
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(copy_text(&field).await)) });
        })
    };
    let id = format!("{}-share", props.instance);
    html! {
        <section class="ckl-share">
            <h3>{text.share_heading}</h3>
            <p class="ckl-hint">{text.share_explain}</p>
            <label class="ckl-visually-hidden" for={id.clone()}>{text.share_heading}</label>
            <input type="text" class="ckl-share-link" {id} readonly=true value={link} ref={field} />
            <button type="button" class="ckl-button ckl-secondary" {onclick}>{text.copy_link}</button>
            <p class="ckl-hint" role="status">
                {match *copied {
                    Some(true) => text.link_copied,
                    Some(false) => text.link_copy_failed,
                    None => "",
                }}
            </p>
        </section>
    }
}
