use checklist_core::lang::Lang;
use checklist_core::state::Action;
use checklist_core::ui_text::ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Nederlands | English: each name in its own language, the current one pressed.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    html! {
        <div class="ckl-lang" role="group" aria-label={ui(props.lang).switch_language}>
            {for Lang::ALL.iter().map(|&lang| {
                let dispatch = props.dispatch.clone();
                let onclick = Callback::from(move |_| dispatch.emit(Action::SetLang(lang)));
                let pressed = if lang == props.lang { "true" } else { "false" };
                html! {
                    <button type="button" class="ckl-lang-option" lang={lang.tag()} aria-pressed={pressed} {onclick}>
                        {ui(lang).lang_name}
                    </button>
                }
            })}
        </div>
    }
}
