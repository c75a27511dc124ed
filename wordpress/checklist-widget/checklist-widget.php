<?php
/**
 * Plugin Name:       Checklist widget
 * Description:       The team checklist, the leadership checklist and "Welke vorm van verandering?" as self-assessments that run entirely in the visitor's browser. Shortcode [checklist type="team"] or the block "Checklist". No cookies, no analytics, no requests to anywhere.
 * Version:           1.0.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * Text Domain:       checklist-widget
 *
 * @package ChecklistWidget
 */

defined( 'ABSPATH' ) || exit;

/** The checklists the widget knows. */
const CHECKLIST_WIDGET_TYPES = array( 'team', 'leadership', 'change' );

/**
 * Registers the widget script (printed in the footer, and only on pages that show a checklist),
 * the block and the shortcode.
 */
function checklist_widget_init() {
	$script = plugin_dir_path( __FILE__ ) . 'checklist.js';
	// The file's time as version: a new plugin version is never served from an old cache.
	$version = file_exists( $script ) ? (string) filemtime( $script ) : '1';
	wp_register_script( 'checklist-widget', plugins_url( 'checklist.js', __FILE__ ), array(), $version, true );

	wp_register_script(
		'checklist-widget-block-editor',
		plugins_url( 'block-editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		$version,
		true
	);
	register_block_type(
		'checklist-widget/checklist',
		array(
			'api_version'     => 2,
			'editor_script'   => 'checklist-widget-block-editor',
			'render_callback' => 'checklist_widget_render_block',
			'attributes'      => array(
				'type'    => array(
					'type'    => 'string',
					'default' => 'team',
				),
				'lang'    => array(
					'type'    => 'string',
					'default' => '',
				),
				'contact' => array(
					'type'    => 'string',
					'default' => '',
				),
			),
		)
	);

	add_shortcode( 'checklist', 'checklist_widget_shortcode' );
}
add_action( 'init', 'checklist_widget_init' );

/**
 * A link the site owner or an author entered, if it is http, https or mailto; else ''.
 *
 * @param string $url The link.
 * @return string The escaped link, or ''.
 */
function checklist_widget_link( $url ) {
	return esc_url( trim( (string) $url ), array( 'http', 'https', 'mailto' ) );
}

/**
 * The place of one checklist: a div the widget script fills in. Enqueues the script.
 *
 * @param array $args type, lang, contact, team_href, leadership_href.
 * @return string HTML.
 */
function checklist_widget_markup( $args ) {
	$type = sanitize_key( $args['type'] );
	if ( ! in_array( $type, CHECKLIST_WIDGET_TYPES, true ) ) {
		$type = 'team';
	}
	// Without a lang, the widget follows the page's language (WordPress's site language).
	$lang = in_array( $args['lang'], array( 'nl', 'en' ), true ) ? $args['lang'] : '';
	$contact = '' !== trim( (string) $args['contact'] ) ? $args['contact'] : get_option( 'checklist_widget_contact', '' );
	$contact = checklist_widget_link( $contact );

	wp_enqueue_script( 'checklist-widget' );

	$attributes = ' data-checklist="' . esc_attr( $type ) . '"';
	if ( '' !== $lang ) {
		$attributes .= ' data-lang="' . esc_attr( $lang ) . '"';
	}
	if ( '' !== $contact ) {
		$attributes .= ' data-contact="' . $contact . '"';
	}
	if ( get_option( 'checklist_widget_offline', '1' ) ) {
		$attributes .= ' data-offline-href="' . esc_url( plugins_url( 'checklist.html', __FILE__ ) ) . '"';
	}
	foreach ( array( 'team', 'leadership' ) as $other ) {
		$href = checklist_widget_link( isset( $args[ $other . '_href' ] ) ? $args[ $other . '_href' ] : '' );
		if ( '' !== $href ) {
			$attributes .= ' data-href-' . $other . '="' . $href . '"';
		}
	}
	// Shown only where the script cannot run (no JavaScript, a blocked file): never an empty box.
	$fallback = 'nl' === $lang || ( '' === $lang && 0 === strpos( get_locale(), 'nl' ) )
		? 'Deze checklist heeft JavaScript nodig. Zet JavaScript aan of open de pagina in een recente browser.'
		: 'This checklist needs JavaScript. Turn JavaScript on or open the page in a recent browser.';
	return '<div class="checklist-widget"' . $attributes . '><p>' . esc_html( $fallback ) . '</p></div>';
}

/**
 * [checklist type="team|leadership|change" lang="nl|en" contact="mailto:…" team_href="…" leadership_href="…"]
 *
 * @param array|string $atts Shortcode attributes.
 * @return string HTML.
 */
function checklist_widget_shortcode( $atts ) {
	$args = shortcode_atts(
		array(
			'type'            => 'team',
			'lang'            => '',
			'contact'         => '',
			'team_href'       => '',
			'leadership_href' => '',
		),
		$atts,
		'checklist'
	);
	return checklist_widget_markup( $args );
}

/**
 * The block "Checklist" on the page.
 *
 * @param array $attributes Block attributes.
 * @return string HTML.
 */
function checklist_widget_render_block( $attributes ) {
	return checklist_widget_markup( wp_parse_args( $attributes, array( 'type' => 'team', 'lang' => '', 'contact' => '' ) ) );
}

/** Settings → Checklist: the site-wide contact link and the offline copy. */
function checklist_widget_settings() {
	register_setting(
		'checklist_widget',
		'checklist_widget_contact',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'checklist_widget_sanitize_link',
		)
	);
	register_setting(
		'checklist_widget',
		'checklist_widget_offline',
		array(
			'type'              => 'string',
			'default'           => '1',
			'sanitize_callback' => 'checklist_widget_sanitize_flag',
		)
	);
}
add_action( 'admin_init', 'checklist_widget_settings' );

/**
 * Keeps a contact link only when it is http, https or mailto.
 *
 * @param string $value The link entered.
 * @return string
 */
function checklist_widget_sanitize_link( $value ) {
	return esc_url_raw( trim( (string) $value ), array( 'http', 'https', 'mailto' ) );
}

/**
 * A checkbox as '1' or '0'.
 *
 * @param mixed $value The value sent.
 * @return string
 */
function checklist_widget_sanitize_flag( $value ) {
	return $value ? '1' : '0';
}

/** The settings page under Settings. */
function checklist_widget_menu() {
	add_options_page(
		__( 'Checklist widget', 'checklist-widget' ),
		__( 'Checklist', 'checklist-widget' ),
		'manage_options',
		'checklist-widget',
		'checklist_widget_settings_page'
	);
}
add_action( 'admin_menu', 'checklist_widget_menu' );

/** Prints the settings page. */
function checklist_widget_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$contact = get_option( 'checklist_widget_contact', '' );
	$offline = get_option( 'checklist_widget_offline', '1' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Place a checklist with the block "Checklist" or the shortcode [checklist type="team"] (types: team, leadership, change; optional: lang="nl" or lang="en", contact="mailto:…"). Authors and contributors can do this too: no script or file upload is needed.', 'checklist-widget' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'checklist_widget' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="checklist_widget_contact"><?php esc_html_e( 'Contact link', 'checklist-widget' ); ?></label></th>
					<td>
						<input name="checklist_widget_contact" id="checklist_widget_contact" type="text" class="regular-text" value="<?php echo esc_attr( $contact ); ?>" placeholder="mailto:hallo@example.nl">
						<p class="description"><?php esc_html_e( 'Shown after the results and in the summaries (mailto:, https: or http:). A contact="…" in a shortcode or block overrides it.', 'checklist-widget' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Offline copy', 'checklist-widget' ); ?></th>
					<td>
						<label><input name="checklist_widget_offline" type="checkbox" value="1" <?php checked( '1', $offline ); ?>> <?php esc_html_e( 'Offer "download for offline use" (one HTML file with all checklists, included in this plugin)', 'checklist-widget' ); ?></label>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function checklist_widget_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=checklist-widget' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'checklist-widget' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'checklist_widget_action_links' );
