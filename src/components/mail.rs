use checklist_core::lang::Lang;
use checklist_core::mail::MailDraft;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

use super::el;

/// "Stuur mijn resultaten naar de praktijk": a button, then the whole mail (address, subject,
/// text) before anything opens it. Opening is a plain `mailto:` link the visitor follows: no
/// script sends or navigates, and it works in every browser. `draft`: the mail as the core made
/// it, while the preview is open; `None`: only the button. A function, not a component: it
/// re-renders with the results anyway, and a component type costs kilobytes of wasm.
pub fn mail_to_practice(draft: Option<&MailDraft>, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let text = ui(lang);
    let Some(draft) = draft else {
        return html! {
            <div class="ckl-mail-offer">
                <p>
                    {el::button("ckl-button ckl-secondary ckl-mail-action", text.mail_action,
                        dispatch.reform(|_| Action::OpenMailPreview))}
                </p>
                {el::text("p", "ckl-hint", text.mail_action_hint)}
            </div>
        };
    };
    html! {
        <section class="ckl-mail" aria-labelledby="ckl-mail-title">
            <h4 class="ckl-mail-title" id="ckl-mail-title" tabindex="-1">{text.mail_preview_heading}</h4>
            {el::text("p", "", text.mail_preview_explain)}
            <dl class="ckl-mail-fields">
                {el::text("dt", "", text.mail_to)}
                {el::text("dd", "ckl-mail-to", draft.to.clone())}
                {el::text("dt", "", text.mail_subject_label)}
                {el::text("dd", "ckl-mail-subject", draft.subject.clone())}
                {el::text("dt", "", text.mail_body_label)}
                <dd><pre class="ckl-mail-body">{draft.body.clone()}</pre></dd>
            </dl>
            if draft.shortened {
                {el::text("p", "ckl-hint", text.mail_shortened)}
            }
            <div class="ckl-actions">
                <a class="ckl-button ckl-primary ckl-mail-open" href={draft.href.clone()}>{text.mail_open}</a>
                {el::button("ckl-button ckl-secondary", text.cancel, dispatch.reform(|_| Action::CloseMailPreview))}
            </div>
            {el::text("p", "ckl-hint", text.mail_no_program)}
        </section>
    }
}
