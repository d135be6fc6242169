// Popup entry: mounts the container with the real browser actions.
import { render } from 'preact';
import { GLOSSARY } from '../glossary';
import { browserActions } from './actions';
import { Popup } from './Popup';

render(<Popup actions={browserActions} glossary={GLOSSARY} />, document.getElementById('app')!);
