import { CircleAlert, CircleCheck, Info, Lightbulb, TriangleAlert } from 'lucide-vue-next';

/** The kinds of message a notice or callout can carry, each with its own icon and colour. */
export type MessageKind = 'info' | 'success' | 'warning' | 'error' | 'tip';

export const kindIcons = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleAlert,
  tip: Lightbulb,
} as const satisfies Record<MessageKind, unknown>;
