<?php
/**
 * Removes the plugin's two settings when the plugin is deleted.
 *
 * @package ChecklistWidget
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'checklist_widget_contact' );
delete_option( 'checklist_widget_offline' );
