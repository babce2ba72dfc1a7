import { Component, type ComponentChildren } from 'preact';
import { MessagesContext } from './messages/context';

type Props = { children: ComponentChildren };

/** Shows a plain message inside the widget instead of a blank box (or a broken page) if rendering fails. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  static override contextType = MessagesContext;
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p role="alert" class="pfw-error">
        {this.context.error}
      </p>
    ) : (
      this.props.children
    );
  }
}
