// Vitest setup: both catalogues, as the server has them.
import { MESSAGES } from './messages';
import { useMessages } from './format';

useMessages('en', MESSAGES.en);
useMessages('fr', MESSAGES.fr);
