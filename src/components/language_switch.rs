use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

/// Nederlands | English: each name in its own language, the current one pressed. A plain
/// function, not a component (see `start_over`): two buttons are cheap to compare.
pub fn language_switch(current: Lang, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="ckl-lang" role="group" aria-label={ui(current).switch_language}>
            {for Lang::ALL.iter().map(|&lang| {
                let onclick = dispatch.reform(move |_| Action::SetLang(lang));
                let pressed = if lang == current { "true" } else { "false" };
                html! {
                    <button type="button" class="ckl-lang-option" lang={lang.tag()} aria-pressed={pressed} {onclick}>
                        {ui(lang).lang_name}
                    </button>
                }
            })}
        </div>
    }
}
