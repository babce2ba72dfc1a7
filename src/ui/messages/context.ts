import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import type { Messages } from './messages';

/** The widget's messages, so components deep in the tree need no prop for them. */
export const MessagesContext = createContext<Messages>(en);
export const useMessages = () => useContext(MessagesContext);
