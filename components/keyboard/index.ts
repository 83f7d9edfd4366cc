export { Keyboard, type KeyboardProps } from './keyboard';
export { KeyboardField } from './keyboard-field';
export { KEYBOARD_LAYOUTS, keyId, type KeyboardLayout, type KeyboardLayoutId, type KeyDef } from './layouts';
export { press, initialState, type KeyboardState } from './press';
export { useKeyboardForm, type KeyboardFieldSpec } from './use-keyboard-form';
