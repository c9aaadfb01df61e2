// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import Tabs from './Tabs.vue';

const tabs = [
  { id: 'schedule', label: 'Schedule' },
  { id: 'participants', label: 'Participants' },
  { id: 'attendance', label: 'Attendance' },
];

function mountTabs() {
  const selected = ref('schedule');
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(Tabs, {
          tabs,
          label: 'Parts',
          idPrefix: 't',
          modelValue: selected.value,
          'onUpdate:modelValue': (v: string) => (selected.value = v),
        }),
    }),
    { attachTo: document.body },
  );
  return { wrapper, selected };
}

describe('tabs (WAI-ARIA tabs pattern)', () => {
  it('has one tab stop and ties each tab to its panel', () => {
    const { wrapper } = mountTabs();
    const buttons = wrapper.findAll('[role="tab"]');
    expect(buttons.map((b) => b.attributes('tabindex'))).toEqual(['0', '-1', '-1']);
    expect(buttons.map((b) => b.attributes('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(buttons[1]!.attributes('aria-controls')).toBe('t-panel-participants');
    expect(wrapper.find('[role="tablist"]').attributes('aria-label')).toBe('Parts');
    wrapper.unmount();
  });

  it('moves and selects with arrow keys, wrapping, and Home/End; focus follows', async () => {
    const { wrapper, selected } = mountTabs();
    const key = async (k: string) => {
      await wrapper.find('[aria-selected="true"]').trigger('keydown', { key: k });
      await new Promise((r) => setTimeout(r, 0));
    };
    await key('ArrowRight');
    expect(selected.value).toBe('participants');
    expect(document.activeElement?.id).toBe('t-tab-participants');
    await key('End');
    expect(selected.value).toBe('attendance');
    await key('ArrowRight');
    expect(selected.value).toBe('schedule');
    await key('ArrowLeft');
    expect(selected.value).toBe('attendance');
    await key('Home');
    expect(selected.value).toBe('schedule');
    await key('Tab');
    expect(selected.value).toBe('schedule');
    wrapper.unmount();
  });
});
