/* The block "Checklist" in the editor: a placeholder with the choices; the page shows the widget
   (rendered by the plugin's PHP, like the shortcode). Plain script, no build step. */
(function (wp) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var Placeholder = wp.components.Placeholder;
  var SelectControl = wp.components.SelectControl;
  var TextControl = wp.components.TextControl;
  var useBlockProps = wp.blockEditor.useBlockProps;

  wp.blocks.registerBlockType("checklist-widget/checklist", {
    apiVersion: 2,
    title: __("Checklist", "checklist-widget"),
    description: __("A self-assessment that runs in the visitor's browser.", "checklist-widget"),
    icon: "yes-alt",
    category: "widgets",
    keywords: ["checklist", "team", "leiderschap", "verandering"],
    attributes: {
      type: { type: "string", default: "team" },
      lang: { type: "string", default: "" },
      contact: { type: "string", default: "" }
    },
    supports: { html: false },
    edit: function (props) {
      var a = props.attributes;
      var set = function (name) {
        return function (value) {
          var change = {};
          change[name] = value;
          props.setAttributes(change);
        };
      };
      return el(
        "div",
        useBlockProps(),
        el(
          Placeholder,
          {
            icon: "yes-alt",
            label: __("Checklist", "checklist-widget"),
            instructions: __("Visitors see the checklist on the published page.", "checklist-widget")
          },
          el(SelectControl, {
            label: __("Checklist", "checklist-widget"),
            value: a.type,
            options: [
              { value: "team", label: __("Team checklist", "checklist-widget") },
              { value: "leadership", label: __("Leadership checklist", "checklist-widget") },
              { value: "change", label: __("Which kind of change? (reflection)", "checklist-widget") }
            ],
            onChange: set("type")
          }),
          el(SelectControl, {
            label: __("Language", "checklist-widget"),
            value: a.lang,
            options: [
              { value: "", label: __("The site's language", "checklist-widget") },
              { value: "nl", label: "Nederlands" },
              { value: "en", label: "English" }
            ],
            onChange: set("lang")
          }),
          el(TextControl, {
            label: __("Contact link (optional; else the one in Settings → Checklist)", "checklist-widget"),
            value: a.contact,
            placeholder: "mailto:hallo@example.nl",
            onChange: set("contact")
          })
        )
      );
    },
    save: function () {
      return null;
    }
  });
})(window.wp);
